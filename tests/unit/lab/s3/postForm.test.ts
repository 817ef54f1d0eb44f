// Hand-built form uploads: bad input gets a clear S3 answer, never a crash. Signatures come from node:crypto (a second
// SigV4 implementation), expected texts from the captures cited in src/lab/s3/postObject/postObjectErrors.ts.
import assert from "node:assert/strict";
import { createHash, createHmac } from "node:crypto";
import { describe, it } from "node:test";
import { answerRequest, createDefaultWorld } from "../../../../src/lab/index.ts";
import { buildMultipartForm, type FormPart } from "../../../support/buildMultipartForm.ts";

const NOW = new Date("2026-01-15T12:00:00Z");
const SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const CREDENTIAL = "AKIDEXAMPLE/20260115/us-east-1/s3/aws4_request";
const BASE: unknown[] = [{ bucket: "sigfix-example" }, ["starts-with", "$key", ""], { "x-amz-algorithm": "AWS4-HMAC-SHA256" }, { "x-amz-credential": CREDENTIAL }, { "x-amz-date": "20260115T115900Z" }];

function sign(policy: string): string {
  const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data).digest();
  const key = hmac(hmac(hmac(hmac(`AWS4${SECRET}`, "20260115"), "us-east-1"), "s3"), "aws4_request");
  return createHmac("sha256", key).update(policy).digest("hex");
}
const encode = (doc: unknown) => Buffer.from(JSON.stringify(doc)).toString("base64");

function fields(policy: string, extra: FormPart[] = []): FormPart[] {
  return [
    { name: "key", value: "k.txt" }, ...extra,
    { name: "x-amz-algorithm", value: "AWS4-HMAC-SHA256" }, { name: "x-amz-credential", value: CREDENTIAL }, { name: "x-amz-date", value: "20260115T115900Z" },
    { name: "policy", value: policy }, { name: "x-amz-signature", value: sign(policy) },
  ];
}
function send(body: Uint8Array, contentType: string) {
  const req = { method: "POST", target: "/sigfix-example", httpVersion: "HTTP/1.1", headers: [{ name: "Host", value: "s3.amazonaws.com" }, { name: "Content-Type", value: contentType }], body };
  return answerRequest(req, { service: "s3", region: "us-east-1", mode: "aws" }, createDefaultWorld(NOW), "form");
}
function postForm(parts: FormPart[], file: FormPart = { name: "file", value: "hi", filename: "a.txt" }) {
  const form = buildMultipartForm([...parts, file]);
  return send(form.body, form.contentType);
}
const policyOf = (conditions: unknown[]) => encode({ expiration: "2026-01-15T13:00:00.000Z", conditions: [...BASE, ...conditions] });

describe("verifyPostObject on hand-built forms", () => {
  it("accepts a path-style form signed by a second implementation, x-ignore-* exempt from the policy", () => {
    const a = postForm(fields(policyOf([]), [{ name: "x-ignore-tracking", value: "1" }]));
    assert.equal(a.verdict.outcome, "ok", a.verdict.explanation.summary);
    assert.equal(a.object?.bucket, "sigfix-example");
    assert.equal(a.response.headers.find(([n]) => n === "Location")?.[1], "https://s3.amazonaws.com/sigfix-example/k.txt");
  });

  it("a policy that is not base64, or base64 of something that is not JSON, is InvalidPolicyDocument (after the signature)", () => {
    for (const policy of ["not base64 at all!", Buffer.from("{ nope").toString("base64")]) {
      const a = postForm(fields(policy));
      assert.equal(a.response.status, 400);
      assert.deepEqual([a.verdict.outcome, a.verdict.message], ["InvalidPolicyDocument", "Invalid Policy: Invalid JSON."]);
    }
  });

  it("a simple condition with two properties is an invalid policy document", () => {
    const a = postForm(fields(policyOf([{ key: "k.txt", acl: "private" }])));
    assert.equal(a.verdict.message, "Invalid Policy: Invalid Simple-Condition: Simple-Conditions must have exactly one property specified.");
  });

  it("field names in conditions are case-insensitive, values are not; a condition on an absent field fails", () => {
    assert.equal(postForm(fields(policyOf([["eq", "$Success_Action_STATUS", "201"]]), [{ name: "success_action_status", value: "201" }])).response.status, 201);
    assert.equal(postForm(fields(policyOf([["eq", "$acl", "Private"]]), [{ name: "acl", value: "private" }])).verdict.message,
      'Invalid according to Policy: Policy Condition failed: ["eq", "$acl", "Private"]');
    assert.equal(postForm(fields(policyOf([["starts-with", "$Content-Type", ""]]))).verdict.message,
      'Invalid according to Policy: Policy Condition failed: ["starts-with", "$Content-Type", ""]');
  });

  it("__proto__ and constructor are plain field names", () => {
    const a = postForm(fields(policyOf([]), [{ name: "__proto__", value: "x" }, { name: "constructor", value: "y" }]));
    assert.equal(a.verdict.message, "Invalid according to Policy: Extra input fields: __proto__");
    assert.match(a.verdict.explanation.summary, /`__proto__`, `constructor`/);
  });

  it("a missing boundary, a truncated body and a part without a name are MalformedPOSTRequest", () => {
    const good = buildMultipartForm([...fields(policyOf([])), { name: "file", value: "hi", filename: "a.txt" }]);
    const truncated = good.body.subarray(0, good.body.length - 60);
    const nameless = new TextEncoder().encode("--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--\r\n");
    for (const [body, type] of [[good.body, "multipart/form-data"], [truncated, good.contentType], [nameless, "multipart/form-data; boundary=b"]] as const) {
      const a = send(body, type);
      assert.equal(a.response.status, 400);
      assert.deepEqual([a.verdict.outcome, a.verdict.message], ["MalformedPOSTRequest", "The body of your POST request is not well-formed multipart/form-data."]);
    }
  });

  it("a POST that is not multipart is PreconditionFailed 412 with its Condition", () => {
    const a = send(new TextEncoder().encode("key=a"), "application/x-www-form-urlencoded");
    assert.equal(a.response.status, 412);
    assert.match(a.response.body, /<Code>PreconditionFailed<\/Code><Message>At least one of the pre-conditions you specified did not hold<\/Message><Condition>Bucket POST must be of the enclosure-type multipart\/form-data<\/Condition>/);
  });

  it("10,000 fields before the file are MaxPostPreDataLengthExceeded with S3's limit", () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ name: `x-amz-meta-f${i}`, value: "v" }));
    const a = postForm(fields(policyOf([]), many));
    assert.equal(a.response.status, 400);
    assert.match(a.response.body, /<Code>MaxPostPreDataLengthExceeded<\/Code><Message>Your POST request fields preceeding the upload file was too large\.<\/Message><MaxPostPreDataLengthBytes>20480<\/MaxPostPreDataLengthBytes>/);
  });

  it("a 5 MB file is read once and stored whole", () => {
    const big = new Uint8Array(5 * 1024 * 1024).fill(0x0d);
    const a = postForm(fields(policyOf([])), { name: "file", value: big, filename: "big.bin" });
    assert.equal(a.verdict.outcome, "ok");
    assert.equal(a.object?.bytes.length, big.length);
  });

  it("a form without a policy or signature is anonymous: Access Denied", () => {
    const a = postForm([{ name: "key", value: "k.txt" }]);
    assert.deepEqual([a.response.status, a.verdict.outcome, a.verdict.message], [403, "AccessDenied", "Access Denied"]);
  });

  it("a form missing one SigV4 field names it", () => {
    const a = postForm(fields(policyOf([])).filter((p) => p.name !== "x-amz-algorithm"));
    assert.equal(a.verdict.message, "Bucket POST must contain a field named 'X-Amz-Algorithm'.  If it is specified, please check the order of the fields.");
  });
});

describe("POST answers for the mock endpoint", () => {
  it("a virtual-hosted upload to bucket.localhost:port answers a Location with the port, over http", () => {
    const form = buildMultipartForm([...fields(policyOf([])), { name: "file", value: "hi", filename: "a.txt" }]);
    const req = { method: "POST", target: "/", httpVersion: "HTTP/1.1", headers: [{ name: "Host", value: "sigfix-example.localhost:4599" }, { name: "Content-Type", value: form.contentType }], body: form.body };
    const a = answerRequest(req, { service: "s3", region: "us-east-1", mode: "aws" }, createDefaultWorld(NOW), "mock");
    assert.equal(a.response.status, 204);
    assert.equal(a.response.headers.find(([n]) => n === "Location")?.[1], "http://sigfix-example.localhost:4599/k.txt");
    assert.equal(a.verdict.server.stringToSign, fields(policyOf([])).find((p) => p.name === "policy")?.value);
  });
});

describe("POST answers found in raw captures", () => {
  it("a form without a file field: InvalidArgument with ArgumentName file and ArgumentValue 0", () => {
    const form = buildMultipartForm([...fields(policyOf([])), { name: "upload", value: "hi", filename: "a.txt" }]);
    const a = send(form.body, form.contentType);
    assert.match(a.response.body, /<Code>InvalidArgument<\/Code><Message>POST requires exactly one file upload per request\.<\/Message><ArgumentName>file<\/ArgumentName><ArgumentValue>0<\/ArgumentValue><RequestId>/);
  });
  it("an expiration that is not ISO 8601 is InvalidPolicyDocument", () => {
    const a = postForm(fields(encode({ expiration: "2026-01-15 13:00:00 UTC", conditions: BASE })));
    assert.deepEqual([a.response.status, a.verdict.message], [400, "Invalid Policy: Invalid 'expiration' value"]);
  });
});

describe("the form parser's edges", () => {
  it("an empty key field counts as none", () => {
    const a = postForm(fields(policyOf([])).map((p) => (p.name === "key" ? { ...p, value: "" } : p)));
    assert.equal(a.verdict.message, "Bucket POST must contain a field named 'key'.  If it is specified, please check the order of the fields.");
  });
  it("a file part that is never closed is malformed, however long (not a pre-data overflow)", () => {
    const form = buildMultipartForm([...fields(policyOf([])), { name: "file", value: "\r".repeat(1024 * 1024), filename: "a" }], "x");
    const a = send(form.body.subarray(0, form.body.length - 8), form.contentType);
    assert.equal(a.verdict.outcome, "MalformedPOSTRequest");
  });
});

describe("the Content-MD5 form field", () => {
  const md5 = (text: string) => createHash("md5").update(text).digest("base64");
  it("a matching Content-MD5 is accepted; a wrong one is BadDigest with both digests", () => {
    const conditions = [["starts-with", "$Content-MD5", ""]];
    assert.equal(postForm(fields(policyOf(conditions), [{ name: "Content-MD5", value: md5("hi") }])).verdict.outcome, "ok");
    const a = postForm(fields(policyOf(conditions), [{ name: "Content-MD5", value: md5("other") }]));
    assert.match(a.response.body, new RegExp(`<Code>BadDigest</Code><Message>The Content-MD5 you specified did not match what we received\\.</Message><CalculatedDigest>${md5("hi").replace(/[+/]/g, "\\$&")}</CalculatedDigest><ExpectedDigest>${createHash("md5").update("other").digest("hex")}</ExpectedDigest>`));
  });
});
