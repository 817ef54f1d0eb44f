import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { diagnoseText } from "../../../src/diagnose/diagnoseText.ts";
import { SAMPLE_INDEX } from "./sampleGuideIndex.ts";

const now = new Date("2026-01-15T12:00:00Z");
const diagnose = (text: string) => diagnoseText(text, { now, guides: SAMPLE_INDEX });
const causeIds = (text: string) => diagnose(text).guide?.causes.map((c) => c.causeId);

describe("diagnoseText", () => {
  it("reads a botocore line with the final period as an unknown key", () => {
    const d = diagnose("An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.");
    assert.equal(d.status, "found");
    assert.equal(d.kind, "sdk-error-line");
    assert.equal(d.guide?.slug, "security-token-invalid");
    assert.equal(d.guide?.href, "/errors/security-token-invalid/");
    assert.deepEqual(d.guide?.causes.map((c) => c.causeId), ["asia-key-without-token", "key-deactivated-deleted-or-new"]);
    assert.equal(d.guide?.causes[0]?.href, "/errors/security-token-invalid/#asia-key-without-token");
  });

  it("reads the same line without the period as an unusable session token", () => {
    const text = "An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid";
    assert.deepEqual(causeIds(text), ["stale-session-token"]);
    assert.equal(diagnose(text).guide?.meaning, "Without the final period: the session token is not usable.");
  });

  it("says that the final period matters when the guide quotes both variants", () => {
    const d = diagnose("UnrecognizedClientException: The security token included in the request is invalid");
    assert.match(d.findings[0]!.text, /has no final period/);
  });

  it("reads the STS XML body of aws-azure-login#251 (no period) as a bad session token", () => {
    const body = `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <Error>
    <Type>Sender</Type>
    <Code>InvalidClientTokenId</Code>
    <Message>The security token included in the request is invalid</Message>
  </Error>
  <RequestId>16fc956c-311e-4199-bee1-1680236e9698</RequestId>
</ErrorResponse>
`;
    const d = diagnose(body);
    assert.equal(d.kind, "xml-body");
    assert.equal(d.error?.requestId, "16fc956c-311e-4199-bee1-1680236e9698");
    assert.deepEqual(d.guide?.causes.map((c) => c.causeId), ["stale-session-token"]);
  });

  it("reads a DynamoDB JSON body with its namespaced __type", () => {
    const d = diagnose('{"__type":"com.amazon.coral.service#UnrecognizedClientException","message":"The security token included in the request is invalid."}');
    assert.equal(d.kind, "json-body");
    assert.equal(d.error?.code, "UnrecognizedClientException");
    assert.equal(d.guide?.slug, "security-token-invalid");
    assert.equal(d.guide?.matchedBy, "code-and-message");
  });

  it("reads an EC2 Response body as AuthFailure", () => {
    const d = diagnose(
      '<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>AuthFailure</Code><Message>AWS was not able to validate the provided access credentials</Message></Error></Errors><RequestID>0d2c9a50-0000-4000-8000-000000000000</RequestID></Response>',
    );
    assert.equal(d.guide?.slug, "ec2-auth-failure");
    assert.deepEqual(d.guide?.causes.map((c) => c.causeId), ["unknown-key"]);
  });

  it("finds the clock-skew guide from a Signature expired message with other dates, and measures the skew", () => {
    const d = diagnose("InvalidSignatureException: Signature expired: 20240501T101500Z is now earlier than 20240501T120000Z (20240501T121500Z - 15 min.)");
    assert.equal(d.guide?.slug, "clock-skew");
    assert.equal(d.guide?.matchedBy, "code-and-message");
    assert.deepEqual(d.guide?.causes.map((c) => c.causeId), ["clock-behind"]);
    assert.ok(d.findings.some((f) => f.text.startsWith("The request was dated 2 h behind AWS's clock")));
  });

  it("offers S3's canonical request from a SignatureDoesNotMatch body", () => {
    const d = diagnose(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><AWSAccessKeyId>AKIAIOSFODNN7EXAMPLE</AWSAccessKeyId><StringToSign>AWS4-HMAC-SHA256\n20260115T120000Z\n20260115/us-east-1/s3/aws4_request\n0f</StringToSign><SignatureProvided>ab</SignatureProvided><CanonicalRequest>GET\n/a%20b\n\nhost:bucket.s3.amazonaws.com\n\nhost\nUNSIGNED-PAYLOAD</CanonicalRequest><RequestId>4442587FB7D0A2F9</RequestId><HostId>eftixk72aD6Ap51T</HostId></Error>",
    );
    assert.equal(d.guide?.slug, "signature-does-not-match");
    assert.equal(d.canonicalRequest, "GET\n/a%20b\n\nhost:bucket.s3.amazonaws.com\n\nhost\nUNSIGNED-PAYLOAD");
  });

  it("points an S3 expired presigned-URL body at its guide and says how late it came", () => {
    const d = diagnose(
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Request has expired</Message><X-Amz-Expires>3600</X-Amz-Expires><Expires>2026-01-15T10:00:00Z</Expires><ServerTime>2026-01-15T11:30:00Z</ServerTime><RequestId>ABCDEF0123456789</RequestId><HostId>aGVsbG8=</HostId></Error>',
    );
    assert.equal(d.guide?.slug, "s3-presigned-url-expired");
    assert.deepEqual(d.guide?.causes.map((c) => c.causeId), ["url-past-its-expiry"]);
    assert.ok(d.findings.some((f) => f.text === "AWS received the URL 1 h 30 min after it expired."));
  });

  it("names a guide from an Authorization header alone: an ASIA key without a token", () => {
    const d = diagnose("Authorization: AWS4-HMAC-SHA256 Credential=ASIASIGFIXVALID00001/20260115/us-east-1/sts/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7");
    assert.equal(d.kind, "authorization-header");
    assert.equal(d.guide?.slug, "security-token-invalid");
    assert.equal(d.guide?.matchedBy, "finding");
    assert.equal(d.guide?.causes[0]?.href, "/errors/security-token-invalid/#asia-key-without-token");
  });

  it("makes the header's finding the likely cause when the error is pasted with it", () => {
    const d = diagnose(
      "An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\n" +
        "Authorization: AWS4-HMAC-SHA256 Credential=ASIASIGFIXVALID00001/20260115/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7",
    );
    assert.deepEqual(d.kinds, ["sdk-error-line", "authorization-header"]);
    assert.equal(d.guide?.causes[0]?.causeId, "asia-key-without-token");
  });

  it("names the expiry guide for an expired presigned URL", () => {
    const url =
      "https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20260114%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260114T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404";
    const d = diagnoseText(url, { now, guides: SAMPLE_INDEX, usedAt: now });
    assert.equal(d.kind, "presigned-url");
    assert.equal(d.guide?.slug, "s3-presigned-url-expired");
    assert.equal(d.guide?.causes[0]?.causeId, "url-past-its-expiry");
  });

  it("gives a clear message, not a crash, for empty, huge and binary input", () => {
    assert.equal(diagnose("   \n").status, "unusable");
    const huge = diagnose("x".repeat(5 * 1024 * 1024));
    assert.equal(huge.status, "unusable");
    assert.match(huge.headline, /^That is 5\.0 million characters/);
    const binary = diagnose("\u0000\u0001PK\u0003\u0004garbage");
    assert.equal(binary.status, "unusable");
    assert.match(binary.headline, /binary data/);
    const noise = diagnose(String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 0xd7ff)));
    assert.ok(["unusable", "unknown", "partial"].includes(noise.status));
  });

  it("says plainly when it recognises nothing", () => {
    const d = diagnose("Error: connect ECONNREFUSED 127.0.0.1:8000");
    assert.equal(d.status, "unknown");
    assert.equal(d.guide, undefined);
  });
});
