// `sigfix verify` as a reader runs it: a child process, files and stdin, JSON lines out, exit codes.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { REPO_ROOT, sharedPath } from "../../support/sharedDir.ts";

const SUITE = sharedPath("conformance", "sigv4", "aws-c-auth-v4");
const SUITE_NOW = "2015-08-30T12:36:00Z";

function sigfix(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, "scripts", "sigfix.mjs"), ...args], {
    input,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const jsonLines = (stdout: string) => stdout.trim().split("\n").map((line) => JSON.parse(line));

describe("sigfix verify", () => {
  it("accepts a suite request at its timestamp and prints the server's canonical request, string to sign and signature", () => {
    const file = path.join(SUITE, "get-vanilla", "header-signed-request.txt");
    const { status, stdout } = sigfix(["verify", file, "--now", SUITE_NOW, "--json"]);
    assert.equal(status, 0);
    const [report] = jsonLines(stdout);
    assert.equal(report.outcome, "ok");
    assert.equal(report.status, 200);
    assert.equal(report.canonicalRequest, readFileSync(path.join(SUITE, "get-vanilla", "header-canonical-request.txt"), "utf8"));
    assert.equal(report.stringToSign, readFileSync(path.join(SUITE, "get-vanilla", "header-string-to-sign.txt"), "utf8"));
    assert.equal(report.signature, readFileSync(path.join(SUITE, "get-vanilla", "header-signature.txt"), "utf8").trim());
    assert.equal(report.service, "service");
    assert.equal(report.region, "us-east-1");
    assert.equal(report.response.status, 200);
    assert.ok(Array.isArray(report.checks) && report.checks.length > 0);
  });

  it("reports the skew error, with the service's window, when --now is 20 minutes later", () => {
    const file = path.join(SUITE, "get-vanilla", "header-signed-request.txt");
    const [report] = jsonLines(sigfix(["verify", file, "--now", "2015-08-30T12:56:00Z", "--json"]).stdout);
    assert.equal(report.outcome, "SignatureDoesNotMatch");
    assert.equal(report.status, 403);
    assert.equal(report.message, "Signature expired: 20150830T123600Z is now earlier than 20150830T124100Z (20150830T125600Z - 15 min.)");
  });

  it("reads several files and stdin, one JSON line each, in order", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sigfix-"));
    const tampered = readFileSync(path.join(SUITE, "get-vanilla", "header-signed-request.txt"), "utf8").replace("GET /", "GET /x");
    writeFileSync(path.join(dir, "tampered.txt"), tampered);
    const good = readFileSync(path.join(SUITE, "get-vanilla-query", "header-signed-request.txt"), "utf8");
    const { status, stdout } = sigfix(["verify", path.join(dir, "tampered.txt"), "-", "--now", SUITE_NOW, "--json"], good);
    assert.equal(status, 0);
    const reports = jsonLines(stdout);
    assert.deepEqual(reports.map((r) => [r.file, r.outcome]), [
      [path.join(dir, "tampered.txt"), "SignatureDoesNotMatch"],
      ["<stdin>", "ok"],
    ]);
    assert.equal(
      reports[0].message,
      "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
    );
  });

  it("verifies against an identity given on the command line", () => {
    const file = path.join(SUITE, "get-vanilla", "header-signed-request.txt");
    const text = readFileSync(file, "utf8").replaceAll("AKIDEXAMPLE", "AKIAOTHEREXAMPLE0001");
    const unknown = jsonLines(sigfix(["verify", "-", "--now", SUITE_NOW, "--json"], text).stdout)[0];
    assert.equal(unknown.outcome, "InvalidClientTokenId");
    assert.equal(unknown.message, "The security token included in the request is invalid.");
    const known = jsonLines(
      sigfix(["verify", "-", "--now", SUITE_NOW, "--json", "--access-key", "AKIAOTHEREXAMPLE0001", "--secret-key", "wrong"], text).stdout,
    )[0];
    assert.equal(known.outcome, "SignatureDoesNotMatch");
  });

  it("exits 2 with one line naming the file for input that is not a request", () => {
    const { status, stdout, stderr } = sigfix(["verify", "-", "--json"], "\u0000\u0001binary garbage");
    assert.equal(status, 2);
    assert.equal(stdout, "");
    assert.match(stderr, /^<stdin>: not an HTTP request: /);
    assert.equal(stderr.trim().split("\n").length, 1);
  });

  it("exits 2 naming a file it cannot read, and on a bad option", () => {
    assert.match(sigfix(["verify", "/nonexistent/request.txt"]).stderr, /^\/nonexistent\/request\.txt: cannot read: ENOENT/);
    const bad = sigfix(["verify", "--now", "yesterday"]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--now is not an ISO-8601 time: 'yesterday'/);
  });

  it("answers any registry service in its protocol: Secrets Manager in JSON 1.1, SQS in JSON or query XML by what was sent", async () => {
    const { signWithSmithy } = await import("../../../src/lab/sign/signWithSmithy.ts");
    const { parseRequest } = await import("../../support/parseRequest.ts");
    const { serializeRawRequest } = await import("../../../src/lab/request/serializeRawRequest.ts");
    const sign = async (raw: string, service: string) =>
      serializeRawRequest(
        await signWithSmithy(parseRequest(raw), {
          service,
          region: "us-east-1",
          credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wrong-secret-EXAMPLE" },
          signingDate: new Date("2026-01-15T12:00:00Z"),
          mode: "header",
          normalizePath: true,
          applyChecksum: false,
        }),
      );
    const dir = mkdtempSync(path.join(tmpdir(), "sigfix-"));
    const files = {
      secrets: await sign("POST / HTTP/1.1\nHost: secretsmanager.us-east-1.amazonaws.com\nContent-Type: application/x-amz-json-1.1\nX-Amz-Target: secretsmanager.ListSecrets\n\n{}", "secretsmanager"),
      sqsJson: await sign("POST / HTTP/1.1\nHost: sqs.us-east-1.amazonaws.com\nContent-Type: application/x-amz-json-1.0\nX-Amz-Target: AmazonSQS.ListQueues\n\n{}", "sqs"),
      sqsQuery: await sign("POST / HTTP/1.1\nHost: sqs.us-east-1.amazonaws.com\nContent-Type: application/x-www-form-urlencoded\n\nAction=ListQueues&Version=2012-11-05", "sqs"),
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, `${name}.txt`), text);
    const reports = jsonLines(sigfix(["verify", ...Object.keys(files).map((n) => path.join(dir, `${n}.txt`)), "--now", "2026-01-15T12:00:00Z", "--json"]).stdout);
    assert.deepEqual(reports.map((r) => [r.outcome, r.status]), [["InvalidSignatureException", 400], ["SignatureDoesNotMatch", 403], ["SignatureDoesNotMatch", 403]]);
    assert.match(reports[0].response.body, /^\{"__type":"InvalidSignatureException","message":/);
    assert.match(reports[1].response.body, /^\{"__type":"com\.amazon\.coral\.service#SignatureDoesNotMatch","message":/);
    assert.match(reports[2].response.body, /^<\?xml version="1\.0"\?><ErrorResponse xmlns="http:\/\/queue\.amazonaws\.com\/doc\/2012-11-05\/">/);
    // --service takes a signing name: a Secrets Manager request judged by API Gateway (execute-api) fails its scope.
    const asExecuteApi = jsonLines(sigfix(["verify", path.join(dir, "secrets.txt"), "--service", "execute-api", "--now", "2026-01-15T12:00:00Z", "--json"]).stdout)[0];
    assert.equal(asExecuteApi.message, "Credential should be scoped to correct service: 'execute-api'. ");
    assert.match(sigfix(["verify", "-", "--service", "not a name"], "").stderr, /--service must be a service or signing name/);
  });
});
