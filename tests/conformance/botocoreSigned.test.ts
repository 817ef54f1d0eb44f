// Requests signed by botocore (the signer inside boto3 and the AWS CLI, in Python): a second implementation nobody
// here wrote. Each must verify; changing a signed header must fail it. Skipped when python3 has no botocore.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createDefaultWorld, verifyRequest } from "../../src/lab/index.ts";
import type { LabRequest, ServiceId } from "../../src/lab/index.ts";

interface BotocoreRequest {
  name: string;
  service: ServiceId;
  accessKeyId: string;
  method: string;
  target: string;
  headers: Array<[string, string]>;
  body: string;
}

const SCRIPT = fileURLToPath(new URL("../support/signWithBotocore.py", import.meta.url));
const run = spawnSync("python3", [SCRIPT], { encoding: "utf8" });
const unavailable = run.status === 0 ? null : `python3 with botocore is not available here (${(run.stderr || String(run.error)).trim().split("\n").at(-1)})`;
const signed: BotocoreRequest[] = unavailable ? [] : JSON.parse(run.stdout);
const world = createDefaultWorld(new Date("2026-03-01T12:00:00Z"));

const toLab = (r: BotocoreRequest): LabRequest => ({
  method: r.method,
  target: r.target,
  httpVersion: "HTTP/1.1",
  headers: r.headers.map(([name, value]) => ({ name, value })),
  body: new TextEncoder().encode(r.body),
});

const verify = (req: LabRequest, service: ServiceId) => verifyRequest(req, { service, region: "us-east-1", mode: "aws" }, world);

describe("requests signed by botocore", { skip: unavailable ?? false }, () => {
  it("covers every case the signing script lists", () => {
    assert.equal(signed.length, 9);
  });

  for (const request of signed) {
    it(`${request.name}: verifies`, () => {
      const verdict = verify(toLab(request), request.service);
      assert.equal(verdict.outcome, "ok", `${verdict.outcome}: ${verdict.message}\n${verdict.server.canonicalRequest ?? ""}`);
    });

    it(`${request.name}: fails once a signed byte of the path changes`, () => {
      const req = toLab(request);
      const tampered = { ...req, target: req.target.replace(/^\/([^?]*)/, (_, rest: string) => `/x${rest}`) };
      assert.notEqual(verify(tampered, request.service).outcome, "ok");
    });
  }
});
