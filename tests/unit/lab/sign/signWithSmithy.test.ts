import assert from "node:assert/strict";
import { createHash, createHmac } from "node:crypto";
import { describe, it } from "node:test";
import { signWithSmithy } from "../../../../src/lab/sign/signWithSmithy.ts";
import type { LabRequest, SigningOptions } from "../../../../src/lab/types.ts";
import { SUITE_SIGNING_OPTIONS } from "../../../support/suiteSigningOptions.ts";

const req: LabRequest = {
  method: "GET",
  target: "/",
  httpVersion: "HTTP/1.1",
  headers: [{ name: "Host", value: "example.amazonaws.com" }],
  body: new Uint8Array(0),
};
const opts: SigningOptions = SUITE_SIGNING_OPTIONS;
const header = (r: LabRequest, name: string) => r.headers.find((h) => h.name.toLowerCase() === name)?.value;

/** A second implementation of the signature, on node:crypto, for a hand-written canonical request. */
function sign(secret: string, creq: string): string {
  let key: Buffer = createHmac("sha256", `AWS4${secret}`).update("20150830").digest();
  for (const part of ["us-east-1", "service", "aws4_request"]) key = createHmac("sha256", key).update(part).digest();
  const sts = `AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n${createHash("sha256").update(creq).digest("hex")}`;
  return createHmac("sha256", key).update(sts).digest("hex");
}

describe("signWithSmithy", () => {
  it("adds x-amz-date and the Authorization header of aws-c-auth get-vanilla", async () => {
    const out = await signWithSmithy(req, opts);
    assert.equal(header(out, "x-amz-date"), "20150830T123600Z");
    assert.equal(
      header(out, "authorization"),
      "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
    );
    assert.equal(out.target, "/");
  });
  it("drops a Date header, as smithy does before signing", async () => {
    const out = await signWithSmithy({ ...req, headers: [...req.headers, { name: "Date", value: "x" }] }, opts);
    assert.equal(header(out, "date"), undefined);
  });
  it("signs the session token as a header", async () => {
    const out = await signWithSmithy(req, { ...opts, credentials: { ...opts.credentials, sessionToken: "tok" } });
    assert.equal(header(out, "x-amz-security-token"), "tok");
    assert.match(header(out, "authorization")!, /SignedHeaders=host;x-amz-date;x-amz-security-token,/);
  });
  it("adds the session token after signing when asked, outside SignedHeaders", async () => {
    const out = await signWithSmithy(req, { ...opts, tokenAfterSigning: true, credentials: { ...opts.credentials, sessionToken: "tok" } });
    assert.equal(header(out, "x-amz-security-token"), "tok");
    assert.match(header(out, "authorization")!, /SignedHeaders=host;x-amz-date, Signature=5fa00fa3/);
  });
  it("adds and signs x-amz-content-sha256 with applyChecksum", async () => {
    const out = await signWithSmithy(req, { ...opts, applyChecksum: true });
    assert.equal(header(out, "x-amz-content-sha256"), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assert.match(header(out, "authorization")!, /SignedHeaders=host;x-amz-content-sha256;x-amz-date,/);
  });
  it("presigns into the query, in aws-c-auth get-vanilla's query variant", async () => {
    const out = await signWithSmithy(req, { ...opts, mode: "query", expiresIn: 3600 });
    assert.equal(
      out.target,
      "/?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=e93c787ed7f371d5c6b165c1b38ede9550f4dce4144713e844b25b7192d3865d",
    );
    assert.deepEqual(out.headers, req.headers);
  });
  it("writes the S3 path encoded once on the wire", async () => {
    const out = await signWithSmithy({ ...req, target: "/example space/" }, { ...opts, normalizePath: false });
    assert.equal(out.target, "/example%20space/");
  });
  it("presigns beyond seven days instead of refusing, so the server can answer", async () => {
    const out = await signWithSmithy(req, { ...opts, mode: "query", expiresIn: 700000 });
    const query =
      "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=700000&X-Amz-SignedHeaders=host";
    const creq = `GET\n/\n${query}\nhost:example.amazonaws.com\n\nhost\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855`;
    assert.equal(out.target, `/?${query}&X-Amz-Signature=${sign(opts.credentials.secretAccessKey, creq)}`);
  });
});
