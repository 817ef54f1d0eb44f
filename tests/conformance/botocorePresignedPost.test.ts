// boto3 1.43.11's generate_presigned_post makes the policy, its base64 and the signature; the lab must accept the
// form it describes, and answer each broken condition with S3's exact words (sources in src/lab/s3/postObject/).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import { answerRequest, createDefaultWorld } from "../../src/lab/index.ts";
import { buildMultipartForm, type FormPart } from "../support/buildMultipartForm.ts";

const SIGNED_AT = "2026-01-15T12:00:00Z";
const LATER = new Date("2026-01-15T12:10:00Z");

interface Case { bucket?: string; name: string; key: string; fields?: Record<string, string>; conditions?: unknown[]; expiresIn?: number; credentials?: string }
const CASES: Case[] = [
  { name: "prefix", key: "uploads/${filename}", conditions: [["starts-with", "$Content-Type", "image/"], ["content-length-range", 1, 10]], fields: { "Content-Type": "image/png" } },
  { name: "meta", key: "notes/a.txt", fields: { "x-amz-meta-user": "ana", success_action_status: "201" }, conditions: [{ "x-amz-meta-user": "ana" }, ["eq", "$success_action_status", "201"]] },
  { name: "redirect", key: "r.txt", fields: { success_action_redirect: "https://example.com/done" }, conditions: [["starts-with", "$success_action_redirect", "https://example.com/"]] },
  { name: "temporary", key: "t.txt", credentials: "temporary" },
  { name: "short", key: "s.txt", expiresIn: 60 },
  { name: "eu", key: "e.txt", bucket: "sigfix-example-eu" } as Case,
  { name: "fields-only", key: "f.txt", fields: { acl: "public-read" } },
];
const presigned = new Map<string, { url: string; fields: Array<[string, string]> }>(
  JSON.parse(execFileSync("python3", ["tests/support/presignPostWithBotocore.py"], {
    input: JSON.stringify(CASES.map((c) => ({ bucket: "sigfix-example", now: SIGNED_AT, ...c }))),
  }).toString()).map((p: { name: string; url: string; fields: Array<[string, string]> }) => [p.name, p]),
);

function post(name: string, change: (parts: FormPart[]) => FormPart[] = (p) => p, file: FormPart = { name: "file", value: "hello", filename: "photo.png", contentType: "image/png" }, now = LATER) {
  const p = presigned.get(name)!;
  const form = buildMultipartForm(change([...p.fields.map(([n, value]) => ({ name: n, value })), file]));
  const url = new URL(p.url);
  const req = { method: "POST", target: url.pathname, httpVersion: "HTTP/1.1", headers: [{ name: "Host", value: url.host }, { name: "Content-Type", value: form.contentType }], body: form.body };
  return answerRequest(req, { service: "s3", region: "us-east-1", mode: "aws" }, createDefaultWorld(now), `post-${name}`);
}
const setField = (name: string, value: string) => (parts: FormPart[]) => parts.map((p) => (p.name === name ? { ...p, value } : p));
const errorBody = (code: string, message: string, extras = "") => new RegExp(`^<\\?xml version="1\\.0" encoding="UTF-8"\\?>\\n<Error><Code>${code}</Code><Message>${message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}</Message>${extras}<RequestId>[0-9A-F]{16}</RequestId><HostId>`);

describe("botocore generate_presigned_post against the lab", () => {
  it("accepts the form: 204, the key with ${filename} replaced, the bytes and Content-Type stored", () => {
    const a = post("prefix");
    assert.equal(a.operation, "PostObject");
    assert.equal(a.verdict.outcome, "ok", a.verdict.explanation.summary);
    assert.equal(a.response.status, 204);
    assert.equal(a.object?.key, "uploads/photo.png");
    assert.equal(new TextDecoder().decode(a.object?.bytes), "hello");
    assert.deepEqual(a.object?.headers, [["content-type", "image/png"]]);
    assert.equal(a.response.headers.find(([n]) => n === "ETag")?.[1], `"${createHash("md5").update("hello").digest("hex")}"`);
  });

  it("a Content-Type changed after signing fails the starts-with condition", () => {
    const a = post("prefix", setField("Content-Type", "text/html"));
    assert.equal(a.response.status, 403);
    assert.match(a.response.body, errorBody("AccessDenied", 'Invalid according to Policy: Policy Condition failed: ["starts-with", "$Content-Type", "image/"]'));
  });

  it("a key outside the signed prefix fails the key condition", () => {
    const a = post("prefix", setField("key", "elsewhere/${filename}"));
    assert.equal(a.verdict.message, 'Invalid according to Policy: Policy Condition failed: ["starts-with", "$key", "uploads/"]');
  });

  it("a file over content-length-range is EntityTooLarge, an empty one EntityTooSmall, with the sizes", () => {
    const big = post("prefix", undefined, { name: "file", value: "a".repeat(12), filename: "x.png" });
    assert.equal(big.response.status, 400);
    assert.match(big.response.body, errorBody("EntityTooLarge", "Your proposed upload exceeds the maximum allowed size", "<ProposedSize>12</ProposedSize><MaxSizeAllowed>10</MaxSizeAllowed>"));
    const empty = post("prefix", undefined, { name: "file", value: "", filename: "x.png" });
    assert.match(empty.response.body, errorBody("EntityTooSmall", "Your proposed upload is smaller than the minimum allowed size", "<ProposedSize>0</ProposedSize><MinSizeAllowed>1</MinSizeAllowed>"));
  });

  it("an expired policy is AccessDenied 'Policy expired.'", () => {
    const a = post("short", undefined, undefined, new Date("2026-01-15T12:01:00Z"));
    assert.equal(a.response.status, 403);
    assert.match(a.response.body, errorBody("AccessDenied", "Invalid according to Policy: Policy expired."));
  });

  it("fields after the file are ignored, so a form with file first has no key", () => {
    const a = post("prefix", (parts) => [parts.at(-1)!, ...parts.slice(0, -1)]);
    assert.equal(a.response.status, 400);
    assert.match(a.response.body, errorBody("InvalidArgument", "Bucket POST must contain a field named 'key'.  If it is specified, please check the order of the fields.", "<ArgumentName>key</ArgumentName><ArgumentValue></ArgumentValue>"));
  });

  it("a field the policy does not name is an extra input field, lower-cased", () => {
    const a = post("prefix", (parts) => [{ name: "X-Requested-With", value: "XMLHttpRequest" }, ...parts]);
    assert.equal(a.verdict.message, "Invalid according to Policy: Extra input fields: x-requested-with");
  });

  it("a changed policy is SignatureDoesNotMatch whose StringToSign is the base64 policy", () => {
    const policy = presigned.get("prefix")!.fields.find(([n]) => n === "policy")![1];
    const a = post("prefix", setField("policy", policy.slice(0, -2)));
    assert.equal(a.response.status, 403);
    assert.match(a.response.body, errorBody("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided. Check your key and signing method.",
      `<AWSAccessKeyId>AKIDEXAMPLE</AWSAccessKeyId><StringToSign>${policy.slice(0, -2).replace(/[+]/g, "\\+")}</StringToSign><SignatureProvided>[0-9a-f]{64}</SignatureProvided><StringToSignBytes>[0-9a-f ]+</StringToSignBytes>`));
  });

  it("success_action_status 201 answers a PostResponse with Location, Bucket, Key and ETag; metadata is stored", () => {
    const a = post("meta");
    assert.equal(a.response.status, 201);
    const etag = `"${createHash("md5").update("hello").digest("hex")}"`;
    assert.equal(a.response.body, `<?xml version="1.0" encoding="UTF-8"?>\n<PostResponse><Location>https://sigfix-example.s3.amazonaws.com/notes%2Fa.txt</Location><Bucket>sigfix-example</Bucket><Key>notes/a.txt</Key><ETag>${etag}</ETag></PostResponse>`);
    assert.deepEqual(a.object?.headers, [["content-type", "binary/octet-stream"], ["x-amz-meta-user", "ana"]]);
  });

  it("success_action_redirect answers 303 to the redirect with bucket, key and etag", () => {
    const a = post("redirect");
    assert.equal(a.response.status, 303);
    assert.match(a.response.headers.find(([n]) => n === "Location")![1], /^https:\/\/example\.com\/done\?bucket=sigfix-example&key=r\.txt&etag=%22[0-9a-f]{32}%22$/);
  });

  it("temporary credentials: botocore sends and signs x-amz-security-token; without it the key is unknown", () => {
    assert.equal(post("temporary").verdict.outcome, "ok");
    const a = post("temporary", (parts) => parts.filter((p) => p.name !== "x-amz-security-token"));
    assert.match(a.response.body, errorBody("InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.", "<AWSAccessKeyId>ASIASIGFIXVALID00001</AWSAccessKeyId>"));
  });

  it("a POST signed for us-east-1 to a bucket in eu-west-1 is InvalidArgument naming X-Amz-Credential and the Region", () => {
    const a = post("eu");
    assert.equal(a.response.status, 400);
    assert.match(a.response.body, errorBody("InvalidArgument", "the region 'us-east-1' is wrong; expecting 'eu-west-1'",
      "<ArgumentName>X-Amz-Credential</ArgumentName><ArgumentValue>AKIDEXAMPLE/20260115/us-east-1/s3/aws4_request</ArgumentValue><Region>eu-west-1</Region>"));
  });

  it("boto3 does not add Fields to the policy: a field without its condition is an extra input field", () => {
    const policy = presigned.get("fields-only")!.fields.find(([n]) => n === "policy")![1];
    assert.equal(JSON.stringify(JSON.parse(Buffer.from(policy, "base64").toString()).conditions).includes("acl"), false);
    assert.equal(post("fields-only").verdict.message, "Invalid according to Policy: Extra input fields: acl");
  });
});
