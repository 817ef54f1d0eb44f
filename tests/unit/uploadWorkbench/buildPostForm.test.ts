// The POST policy and its signature, against botocore 1.43.11's generate_presigned_post for the same inputs
// (run at 2026-01-15T12:00:00Z with AKIDEXAMPLE: Fields={"Content-Type": "image/png"}, Conditions=[["starts-with",
// "$Content-Type", "image/"], ["content-length-range", 1, 1048576]], key "uploads/${filename}", ExpiresIn=900).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { buildPolicy, buildPostForm, DEFAULT_POST, fromBase64, readPolicyText, toBase64 } from "../../../src/uploadWorkbench/index.ts";

const BOTOCORE_POLICY =
  "eyJleHBpcmF0aW9uIjogIjIwMjYtMDEtMTVUMTI6MTU6MDBaIiwgImNvbmRpdGlvbnMiOiBbWyJzdGFydHMtd2l0aCIsICIkQ29udGVudC1UeXBlIiwgImltYWdlLyJdLCBbImNvbnRlbnQtbGVuZ3RoLXJhbmdlIiwgMSwgMTA0ODU3Nl0sIHsiYnVja2V0IjogInNpZ2ZpeC1leGFtcGxlIn0sIFsic3RhcnRzLXdpdGgiLCAiJGtleSIsICJ1cGxvYWRzLyJdLCB7IngtYW16LWFsZ29yaXRobSI6ICJBV1M0LUhNQUMtU0hBMjU2In0sIHsieC1hbXotY3JlZGVudGlhbCI6ICJBS0lERVhBTVBMRS8yMDI2MDExNS91cy1lYXN0LTEvczMvYXdzNF9yZXF1ZXN0In0sIHsieC1hbXotZGF0ZSI6ICIyMDI2MDExNVQxMjAwMDBaIn1dfQ==";
const BOTOCORE_SIGNATURE = "e181fa6b8d2189036ea1039b49c5b7590f2db454b14b8ab5a5f833f53ddff7f3";
const text = (b64: string) => new TextDecoder().decode(fromBase64(b64)!);
const field = (body: string, name: string) => new RegExp(`name="${name}"\\r\\n\\r\\n([^\\r]*)\\r\\n`).exec(body)?.[1];

describe("buildPolicy", () => {
  it("builds the conditions botocore builds, in botocore's order", () => {
    const signing = { "x-amz-algorithm": "AWS4-HMAC-SHA256", "x-amz-credential": "AKIDEXAMPLE/20260115/us-east-1/s3/aws4_request", "x-amz-date": "20260115T120000Z" };
    assert.deepEqual(buildPolicy(DEFAULT_POST, new Date("2026-01-15T12:15:00Z"), signing), JSON.parse(text(BOTOCORE_POLICY)));
  });
});

describe("buildPostForm", () => {
  it("signs a policy field with the SigV4 signing key exactly as botocore does", () => {
    const form = buildPostForm({ ...DEFAULT_POST, rawPolicy: BOTOCORE_POLICY });
    const body = new TextDecoder().decode(form.sent.request.body);
    assert.equal(field(body, "x-amz-signature"), BOTOCORE_SIGNATURE);
    assert.equal(field(body, "policy"), BOTOCORE_POLICY);
    assert.equal(field(body, "x-amz-credential"), "AKIDEXAMPLE/20260115/us-east-1/s3/aws4_request");
    assert.equal(form.problem, null);
  });

  it("puts the parts in the reader's order, the file where the reader put it", () => {
    const form = buildPostForm({ ...DEFAULT_POST, order: ["file", "key", "Content-Type", "x-amz-meta", "x-amz-algorithm", "x-amz-credential", "x-amz-date", "policy", "x-amz-signature"] });
    const body = new TextDecoder().decode(form.sent.request.body);
    assert.ok(body.indexOf('name="file"') < body.indexOf('name="key"'));
  });
});

describe("readPolicyText", () => {
  it("says so when the policy is not JSON, and still sends it base64-encoded", () => {
    const p = readPolicyText("{ expiration: tomorrow");
    assert.match(p.problem!, /not JSON/);
    assert.equal(text(p.field), "{ expiration: tomorrow");
  });
  it("says so when the field is neither JSON nor base64", () => {
    assert.match(readPolicyText("not base64 at all!").problem!, /neither JSON nor base64/);
  });
  it("says so when the base64 decodes to something that is not JSON", () => {
    assert.match(readPolicyText(toBase64(new TextEncoder().encode("hello"))).problem!, /not JSON/);
  });
  it("takes botocore's base64 policy as it is", () => {
    assert.deepEqual(readPolicyText(BOTOCORE_POLICY), { field: BOTOCORE_POLICY, json: text(BOTOCORE_POLICY), problem: null });
  });
});

describe("formatPolicy", () => {
  it("writes one condition per line and keeps every value byte for byte (commas, quotes, digits)", async () => {
    const { formatPolicy } = await import("../../../src/uploadWorkbench/index.ts");
    const policy = { expiration: "2026-01-15T12:15:00Z", conditions: [["starts-with", "$key", 'up,1/"x":2,3'], { bucket: "b" }, ["content-length-range", 1, 10]] };
    const text = formatPolicy(policy);
    assert.deepEqual(JSON.parse(text), policy);
    assert.equal(text.split("\n")[3], '    ["starts-with", "$key", "up,1/\\"x\\":2,3"],');
  });
});
