// @aws-sdk/s3-presigned-post's createPresignedPost (the JS v3 way) makes the fields and the signature; the lab must
// accept the form and answer a broken condition exactly. The SDK's clock is frozen with node:test's Date mock.
import assert from "node:assert/strict";
import { describe, it, mock } from "node:test";
import { S3Client } from "@aws-sdk/client-s3";
import { createPresignedPost } from "@aws-sdk/s3-presigned-post";
import { answerRequest, createDefaultWorld } from "../../src/lab/index.ts";
import { buildMultipartForm, type FormPart } from "../support/buildMultipartForm.ts";

const SIGNED_AT = new Date("2026-01-15T12:00:00Z");

async function presign(credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }, conditions: unknown[] = []) {
  mock.timers.enable({ apis: ["Date"], now: SIGNED_AT });
  try {
    const client = new S3Client({ region: "us-east-1", credentials });
    return await createPresignedPost(client, { Bucket: "sigfix-example", Key: "uploads/${filename}", Conditions: conditions as never, Fields: { "Content-Type": "image/png" }, Expires: 600 });
  } finally {
    mock.timers.reset();
  }
}

function send(url: string, parts: FormPart[], now = new Date("2026-01-15T12:05:00Z")) {
  const form = buildMultipartForm(parts);
  const u = new URL(url);
  const req = { method: "POST", target: u.pathname, httpVersion: "HTTP/1.1", headers: [{ name: "Host", value: u.host }, { name: "Content-Type", value: form.contentType }], body: form.body };
  return answerRequest(req, { service: "s3", region: "us-east-1", mode: "aws" }, createDefaultWorld(now), "js-post");
}
const FILE: FormPart = { name: "file", value: "hello", filename: "cat.png", contentType: "image/png" };

describe("JS v3 createPresignedPost against the lab", () => {
  it("accepts the form (X-Amz-* and Policy capitalised, a bucket field) and stores the object", async () => {
    const { url, fields } = await presign({ accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" }, [["content-length-range", 1, 100]]);
    assert.equal(fields["X-Amz-Date"], "20260115T120000Z");
    const a = send(url, [...Object.entries(fields).map(([name, value]) => ({ name, value })), FILE]);
    assert.equal(a.verdict.outcome, "ok", a.verdict.explanation.summary);
    assert.equal(a.response.status, 204);
    assert.equal(a.object?.key, "uploads/cat.png");
  });

  it("temporary credentials: the token is a field and a condition, and the form is accepted", async () => {
    const { url, fields } = await presign({ accessKeyId: "ASIASIGFIXVALID00001", secretAccessKey: "sigfixValidTemporarySecretKeyEXAMPLE0001", sessionToken: "sigfix-valid-session-token-EXAMPLE" });
    assert.equal(fields["X-Amz-Security-Token"], "sigfix-valid-session-token-EXAMPLE");
    assert.equal(send(url, [...Object.entries(fields).map(([name, value]) => ({ name, value })), FILE]).verdict.outcome, "ok");
  });

  it("a Content-Type changed after signing fails the simple condition, quoted as eq", async () => {
    const { url, fields } = await presign({ accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" });
    const a = send(url, [...Object.entries({ ...fields, "Content-Type": "image/gif" }).map(([name, value]) => ({ name, value })), FILE]);
    assert.equal(a.response.status, 403);
    assert.equal(a.verdict.message, 'Invalid according to Policy: Policy Condition failed: ["eq", "$Content-Type", "image/png"]');
  });

  it("the policy expires after Expires seconds", async () => {
    const { url, fields } = await presign({ accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" });
    const a = send(url, [...Object.entries(fields).map(([name, value]) => ({ name, value })), FILE], new Date("2026-01-15T12:10:00Z"));
    assert.equal(a.verdict.message, "Invalid according to Policy: Policy expired.");
  });
});
