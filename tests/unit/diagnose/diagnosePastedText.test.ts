import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { diagnoseText } from "../../../src/diagnose/diagnoseText.ts";
import { loadGuideIndex } from "../../support/loadGuideIndex.ts";

const guides = loadGuideIndex();
const now = new Date("2026-01-15T12:00:00Z");
const diagnose = (text: string, usedAt?: Date) => diagnoseText(text, { now, guides, ...(usedAt ? { usedAt } : {}) });
const first = (text: string) => {
  const d = diagnose(text);
  return `${d.guide?.slug}#${d.guide?.causes[0]?.causeId ?? "none"}`;
};

// The misses issue 14 lists, one case each, with the real guides. Messages are from the catalogue or the cited thread.
describe("diagnoseText on text as people paste it", () => {
  it("joins a message a terminal wrapped across lines (serverless/serverless#2485)", () => {
    const d = diagnose("     ServerlessError: ServerlessError: The security token\n     included in the request is expired");
    assert.equal(d.guide?.slug, "expired-token");
  });

  it("strips a logger prefix and reads a message that has no code", () => {
    const d = diagnose("24/12/06 15:08:46 ERROR AwsUtils: The AWS Access Key Id you provided does not exist in our records.");
    assert.equal(d.guide?.slug, "s3-invalid-access-key-id");
  });

  it("strips ANSI colours and reads a message without its code or its final period", () => {
    const d = diagnose("\u001b[31mThe request signature we calculated does not match the signature you provided. Check your key and signing method\u001b[0m");
    assert.equal(d.guide?.slug, "signature-does-not-match");
  });

  it("reads the newer wording “The credential must be scoped to a valid region.” as the credential-scope error", () => {
    assert.equal(diagnose("InvalidSignatureException: The credential must be scoped to a valid region.").guide?.slug, "credential-scope");
  });

  it("never blames whitespace for a lower-case or redacted key ID it cannot see whitespace in", () => {
    for (const key of ["myaccess", "xxxxxxxxxxxxxxxxxxxx", "AKIA****************"]) {
      const d = diagnose(`Authorization: AWS4-HMAC-SHA256 Credential=${key}/20260115/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=${"a".repeat(64)}`);
      const texts = d.findings.map((f) => f.text).join(" | ");
      assert.doesNotMatch(texts, /whitespace|space or line break/i, key);
      assert.ok(!d.findings.some((f) => f.guide?.causeId === "whitespace-in-key"), key);
    }
  });

  it("still names whitespace when the paste shows it (boto/boto3#2280)", () => {
    const d = diagnose(
      "'AKIAIOSFODNN7EXAMPLE/20200122/us-east-1/sts/aws4_request' not a valid key=value pair (missing equal-sign) in Authorization header: 'AWS4-HMAC-SHA256 Credential= AKIAIOSFODNN7EXAMPLE/20200122/us-east-1/sts/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=cbeed485aed23c03ded6f1ffdefda822d8e22f92ced62d2854947378da569a8e'.",
    );
    assert.equal(d.guide?.slug, "incomplete-signature");
    assert.equal(d.guide?.causes[0]?.causeId, "whitespace-in-key");
  });

  it("heads an old presigned URL with its double-encoded X-Amz-Credential, not with “expired N days ago”", () => {
    const url =
      "https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%252F20130524%252Fus-east-1%252Fs3%252Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404";
    const d = diagnose(url);
    assert.equal(d.guide?.slug, "s3-authorization-query-parameters-error");
    assert.equal(d.guide?.causes[0]?.causeId, "credential-encoded-twice");
    assert.equal(d.findings.find((f) => f.severity === "problem")?.guide?.causeId, "credential-encoded-twice");
    assert.ok(!d.findings.some((f) => f.severity === "problem" && /expired/.test(f.text)));
  });

  it("judges the same URL, used a day after it was signed, as expired then", () => {
    const url =
      "https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404";
    assert.equal(diagnose(url, new Date("2013-05-25T06:00:00Z")).guide?.slug, "s3-presigned-url-expired");
    assert.equal(diagnose(url, new Date("2013-05-24T06:00:00Z")).guide, undefined);
  });

  it("does not blame presigned URLs for S3's ExpiredToken from an ordinary SDK call", () => {
    const text =
      "operation error S3: CreateMultipartUpload, https response error StatusCode: 400, RequestID: 0000000000000000, HostID: x, api error ExpiredToken: The provided token has expired.";
    const d = diagnose(text);
    assert.equal(d.guide?.slug, "expired-token");
    assert.notEqual(d.guide?.causes[0]?.causeId, "presigned-url-outlived-session");
  });

  it("reads “Request is not yet valid” as a clock ahead, not as an expired URL (minio/minio#2638)", () => {
    const text = "<Error>\n<Code>AccessDenied</Code>\n<Message>Request is not yet valid</Message>\n<X-Amz-Date>1473415775000</X-Amz-Date>\n<Expires>2016-09-12T10:09:35Z</Expires>\n<ServerTime>2016-09-08T10:09:44Z</ServerTime>\n</Error>";
    // Its own guide since issue 12; before, the nearest was clock-skew#clock-ahead.
    assert.equal(first(text), "s3-request-not-yet-valid#signer-clock-ahead");
  });

  it("reads the presigned region error as a region error, not the seven-day cause", () => {
    const d = diagnose("Error parsing the X-Amz-Credential parameter; the region 'us-east-1' is wrong; expecting 'us-gov-west-1'");
    assert.equal(d.guide?.slug, "s3-authorization-query-parameters-error");
    assert.notEqual(d.guide?.causes[0]?.causeId, "expires-over-a-week");
    assert.ok(d.findings.some((f) => /region/.test(f.text) && f.guide?.causeId !== undefined));
  });

  it("reads the ASIA key in an InvalidAccessKeyId body (raster-foundry/raster-foundry#289)", () => {
    const body =
      "<Error>\n<Code>InvalidAccessKeyId</Code>\n<Message>The AWS Access Key Id you provided does not exist in our records.</Message>\n<AWSAccessKeyId>ASIAJCIMEXAMPLEXXXXX</AWSAccessKeyId>\n<RequestId>4F2659BDA1E78A41</RequestId>\n</Error>";
    assert.equal(first(body), "s3-invalid-access-key-id#asia-key-without-token");
  });

  it("says when the paste cannot tell the causes apart", () => {
    const d = diagnose("An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.");
    assert.equal(d.guide?.slug, "security-token-invalid");
    assert.equal(d.guide?.undecided, true);
    assert.ok(d.guide!.causes.length >= 2);
    assert.ok(d.findings.some((f) => /Nothing in what you pasted tells/.test(f.text)));
  });

  it("names IAM's global endpoint when IAM was signed for another region (aws/aws-sdk-go#156)", () => {
    assert.equal(first("Could not list IAM Users Credential should be scoped to a valid region, not 'us-west-2'."), "credential-scope#global-endpoint-signed-for-another-region");
  });

  it("survives a million of one character, Object.prototype names and binary", () => {
    for (const text of ["a".repeat(1024 * 1024), "\u00a0".repeat(200_000), "__proto__: constructor toString hasOwnProperty", "Error: __proto__: valueOf", "\u0000\u0001\u0002binary"]) {
      const d = diagnose(text);
      assert.ok(["unusable", "unknown", "partial", "found"].includes(d.status));
    }
  });
});
