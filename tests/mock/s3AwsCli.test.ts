import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { getSdkOutputs, toSdkFailure } from "../../src/sdkOutput/index.ts";
import { awsCliEnv } from "../support/awsCliEnv.ts";
import { AKID } from "./support/identities.ts";
import { startS3Mock } from "./support/startS3Mock.ts";
import type { RunningS3Mock } from "./support/startS3Mock.ts";

function findAwsCli(): string | null {
  if (process.env.SIGFIX_AWS_CLI) return process.env.SIGFIX_AWS_CLI;
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) if (dir && existsSync(path.join(dir, "aws"))) return path.join(dir, "aws");
  return null;
}
const cli = findAwsCli();
const skip = cli === null ? "the AWS CLI is not installed (`command -v aws` finds nothing; on Debian: apt-get install awscli)" : false;

/** Runs the CLI in the test's folder, which holds the files (the CLI prints local paths relative to it). */
function aws(args: string[], creds: { accessKeyId: string; secretAccessKey: string }) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(cli!, args, { env: awsCliEnv(creds), cwd: dir, timeout: 60_000, maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

let m: RunningS3Mock;
let dir: string;
let file: string;
before(async () => {
  m = await startS3Mock();
  dir = mkdtempSync(path.join(tmpdir(), "sigfix-s3cli-"));
  file = path.join(dir, "20mb.bin");
  writeFileSync(file, randomBytes(20_000_000));
});
after(async () => {
  await m.close();
  rmSync(dir, { recursive: true, force: true });
});

const sha256 = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");

describe("aws s3 cp (AWS CLI v1, s3transfer) against the mock endpoint", { skip }, () => {
  it("uploads a 20 MB file in 8 MiB parts and downloads it back byte for byte", async () => {
    const up = await aws(["s3", "cp", file, "s3://sigfix-example/cli/20mb.bin", "--endpoint-url", m.endpoint, "--no-progress"], AKID);
    assert.equal(up.code, 0, up.stderr);
    const parts = m.exchanges.filter((e) => e.route.operation === "UploadPart");
    assert.equal(parts.length, 3, "s3transfer's 8 MiB parts: 8 + 8 + 3.2 MB");
    const back = path.join(dir, "back.bin");
    const down = await aws(["s3", "cp", "s3://sigfix-example/cli/20mb.bin", back, "--endpoint-url", m.endpoint, "--no-progress"], AKID);
    assert.equal(down.code, 0, down.stderr);
    assert.ok(m.exchanges.some((e) => e.route.operation === "GetObject" && e.response.status === 206), "downloaded in ranged parts");
    assert.equal(sha256(back), sha256(file));
  });

  it("prints the CLI's own error line, as src/sdkOutput predicts it, when the secret is wrong", async () => {
    const before = m.exchanges.length;
    const r = await aws(["s3", "cp", "20mb.bin", "s3://sigfix-example/cli/wrong.bin", "--endpoint-url", m.endpoint, "--no-progress"], { ...AKID, secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEX" });
    const failed = m.exchanges.slice(before).find((e) => e.response.status >= 400)!;
    assert.equal(failed.route.operation, "CreateMultipartUpload");
    const failure = toSdkFailure({ verdict: failed.verdict, response: failed.response, operation: failed.route.operation }, { service: "s3", method: failed.request.method });
    const text = getSdkOutputs(failure).find((o) => o.id === "botocore")!.text;
    // awscli/customizations/s3/results.py: "upload failed: <src> to <dest> <str(error)>", the local path relative
    // to the working folder with "./" (awscli/customizations/s3/utils.py relative_path), exit code 1.
    assert.equal(r.code, 1);
    assert.equal(r.stderr, `upload failed: ./20mb.bin to s3://sigfix-example/cli/wrong.bin ${text}\n`);
    assert.match(text, /^An error occurred \(SignatureDoesNotMatch\) when calling the CreateMultipartUpload operation: The request signature we calculated does not match the signature you provided\. Check your key and signing method\.$/);
  });
});
