import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { isErrorCode } from "../../../../src/lab/catalogue/errorCodes.ts";
import { resolveError, type FailureKind, type FailureParams } from "../../../../src/lab/catalogue/resolveError.ts";
import type { ServiceId } from "../../../../src/lab/types.ts";
import { getServiceSpec } from "../../../../src/lab/world/services.ts";
import { sharedPath } from "../../../support/sharedDir.ts";

interface Entry { id: string; code: string; httpStatus: number | null; messageTemplate: string; confidence: string }
const entries = new Map((JSON.parse(readFileSync(sharedPath("reference", "aws-auth-errors.json"), "utf8")) as { entries: Entry[] }).entries.map((e) => [e.id, e]));
const now = new Date("2026-01-15T12:00:00Z");

/** [service, kind, params, exact message filled by hand from the catalogue's messageTemplate, code, status]. */
const CASES: Array<[ServiceId, FailureKind, FailureParams, string, string, number]> = [
  ["sts", "unknownAccessKey", {}, "The security token included in the request is invalid.", "InvalidClientTokenId", 403],
  ["sts", "invalidSessionToken", {}, "The security token included in the request is invalid", "InvalidClientTokenId", 403],
  ["dynamodb", "unknownAccessKey", {}, "The security token included in the request is invalid.", "UnrecognizedClientException", 400],
  ["dynamodb", "invalidSessionToken", {}, "The security token included in the request is invalid", "UnrecognizedClientException", 400],
  ["lambda", "unknownAccessKey", {}, "The security token included in the request is invalid.", "UnrecognizedClientException", 403],
  ["ec2", "unknownAccessKey", {}, "AWS was not able to validate the provided access credentials", "AuthFailure", 401],
  ["iam", "expiredSessionToken", {}, "The security token included in the request is expired", "ExpiredToken", 403],
  ["dynamodb", "expiredSessionToken", {}, "The security token included in the request is expired", "ExpiredTokenException", 400],
  ["s3", "expiredSessionToken", { sessionToken: "tok" }, "The provided token has expired.", "ExpiredToken", 400],
  ["s3", "unknownAccessKey", { accessKeyId: "AKIAX" }, "The AWS Access Key Id you provided does not exist in our records.", "InvalidAccessKeyId", 403],
  ["s3", "invalidSessionToken", {}, "The provided token is malformed or otherwise invalid.", "InvalidToken", 400],
  ["sts", "signatureMismatch", {}, "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.", "SignatureDoesNotMatch", 403],
  ["dynamodb", "signatureMismatch", {}, "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.", "InvalidSignatureException", 400],
  ["s3", "signatureMismatch", {}, "The request signature we calculated does not match the signature you provided. Check your key and signing method.", "SignatureDoesNotMatch", 403],
  ["sts", "signatureExpired", { requestDate: "20260115T110000Z", serverNow: now, windowMinutes: 15 }, "Signature expired: 20260115T110000Z is now earlier than 20260115T114500Z (20260115T120000Z - 15 min.)", "SignatureDoesNotMatch", 403],
  ["kinesis", "signatureExpired", { requestDate: "20260115T115000Z", serverNow: now, windowMinutes: 5 }, "Signature expired: 20260115T115000Z is now earlier than 20260115T115500Z (20260115T120000Z - 5 min.)", "InvalidSignatureException", 400],
  ["dynamodb", "signatureNotYetCurrent", { requestDate: "20260115T123000Z", serverNow: now, windowMinutes: 15 }, "Signature not yet current: 20260115T123000Z is still later than 20260115T121500Z (20260115T120000Z + 15 min.)", "InvalidSignatureException", 400],
  ["s3", "signatureExpired", { requestDate: "20260115T110000Z", serverNow: now, windowMinutes: 15 }, "The difference between the request time and the current time is too large.", "RequestTimeTooSkewed", 403],
  ["ec2", "signatureExpired", { requestDate: "20260115T110000Z", serverNow: now }, "Request has expired.", "RequestExpired", 400],
  ["sts", "credentialScope", { scope: { region: "ap-southeast-2" } }, "Credential should be scoped to a valid region, not 'ap-southeast-2'. ", "SignatureDoesNotMatch", 403],
  ["kinesis", "credentialScope", { scope: { service: "kinesis-x" }, expectedService: "kinesis" }, "Credential should be scoped to correct service: 'kinesis'. ", "InvalidSignatureException", 400],
  ["dynamodb", "credentialScope", { scope: { region: "c", service: "d", terminator: "e", date: "b" }, expectedService: "dynamodb", requestShortDate: "20130609", requestDate: "20130609T095204Z" },
    "Credential should be scoped to a valid region, not 'c'. Credential should be scoped to correct service: 'dynamodb'. Credential should be scoped with a valid terminator: 'aws4_request', not 'e'. Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: 'b' != '20130609', from '20130609T095204Z'.",
    "InvalidSignatureException", 400],
  ["s3", "credentialScope", { scope: { region: "us-east-1" }, expectedRegion: "eu-central-1" }, "The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'eu-central-1'", "AuthorizationHeaderMalformed", 400],
  ["dynamodb", "missingAuthParams", { missing: ["SignedHeaders"], authorization: "AWS4- Signature=b Credential=a" }, "Authorization header requires 'SignedHeaders' parameter. Authorization=AWS4- Signature=b Credential=a", "IncompleteSignatureException", 400],
  ["sts", "missingAuthParams", { missing: ["Credential", "Signature", "SignedHeaders", "Date"], authorization: "AWS4-HMAC-SHA256" },
    "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=AWS4-HMAC-SHA256",
    "IncompleteSignature", 400],
  ["dynamodb", "missingQueryParams", { missing: ["X-Amz-SignedHeaders"] }, "AWS query-string parameters must include 'X-Amz-SignedHeaders'. Re-examine the query-string parameters.", "IncompleteSignatureException", 400],
  ["dynamodb", "dateFormat", { requestDate: "201" }, "Date must be in ISO-8601 'basic format'. Got '201'. See http://en.wikipedia.org/wiki/ISO_8601", "IncompleteSignatureException", 400],
  ["dynamodb", "credentialMalformed", { credential: "a/b/c/d" }, "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got 'a/b/c/d'", "IncompleteSignatureException", 400],
  ["dynamodb", "unsupportedAlgorithm", { algorithm: "AWS4-HMAC-SHA25" }, "Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA25' (only AWS4-HMAC-SHA256 for now). ", "IncompleteSignatureException", 400],
  ["dynamodb", "hostNotSigned", {}, "'Host' must be a 'SignedHeader' in the AWS Authorization.", "InvalidSignatureException", 400],
  ["dynamodb", "bothAuthMechanisms", {}, "Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header.", "InvalidSignatureException", 400],
  ["dynamodb", "missingAuthentication", {}, "Request is missing Authentication Token", "MissingAuthenticationTokenException", 400],
  ["sts", "missingAuthentication", {}, "Request is missing Authentication Token", "MissingAuthenticationToken", 403],
  ["s3", "missingQueryParams", { mode: "query" }, "Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.", "AuthorizationQueryParametersError", 400],
  ["s3", "expiresTooLarge", { mode: "query" }, "X-Amz-Expires must be less than a week (in seconds); that is, the given X-Amz-Expires must be less than 604800 seconds", "AuthorizationQueryParametersError", 400],
  ["s3", "dateFormat", { mode: "query" }, "X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\"", "AuthorizationQueryParametersError", 400],
  ["s3", "credentialMalformed", { mode: "header" }, "The authorization header is malformed; the Credential is mal-formed; expecting \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\".", "AuthorizationHeaderMalformed", 400],
  ["s3", "credentialMalformed", { mode: "query" }, "Error parsing the X-Amz-Credential parameter; the Credential is mal-formed; expecting \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\".", "AuthorizationQueryParametersError", 400],
  ["s3", "headerComponents", { mode: "header" }, "The authorization header is malformed; the authorization header requires three components: Credential, SignedHeaders, and Signature.", "AuthorizationHeaderMalformed", 400],
  ["s3", "presignExpired", { mode: "query" }, "Request has expired", "AccessDenied", 403],
  ["s3", "headersNotSigned", { headers: ["x-amz-meta-a"] }, "There were headers present in the request which were not signed", "AccessDenied", 403],
  ["s3", "missingDate", { mode: "header" }, "AWS authentication requires a valid Date or x-amz-date header", "AccessDenied", 403],
  ["s3", "unsupportedAlgorithm", { mode: "header", algorithm: "AWS" }, "The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.", "InvalidRequest", 400],
  ["s3", "missingContentSha256", { mode: "header" }, "Missing required header for this request: x-amz-content-sha256", "InvalidRequest", 400],
  ["s3", "payloadHashMismatch", {}, "The provided 'x-amz-content-sha256' header does not match what was computed.", "XAmzContentSHA256Mismatch", 400],
  ["dynamodb", "dynamodbLocalKey", {}, "The Access Key ID or security token is invalid.", "UnrecognizedClientException", 400],
];

describe("resolveError", () => {
  for (const [service, kind, params, message, code, status] of CASES) {
    it(`gives ${service} ${kind} as ${code} ${status} with the catalogue's exact text`, () => {
      const r = resolveError(kind, getServiceSpec(service), params);
      assert.equal(r.message, message);
      assert.equal(r.code, code);
      assert.equal(r.status, status);
    });
  }

  it("names only catalogue entries that exist, with codes the entry lists", () => {
    for (const [service, kind, params] of CASES) {
      const r = resolveError(kind, getServiceSpec(service), params);
      if (r.catalogueId === null) continue;
      const entry = entries.get(r.catalogueId);
      assert.ok(entry, `${r.catalogueId} is not in the catalogue`);
      assert.ok(entry.code.includes(r.code), `${r.catalogueId} lists ${entry.code}, not ${r.code}`);
      assert.ok(isErrorCode(r.code));
    }
  });

  it("uses a fixed catalogue template byte for byte", () => {
    for (const [service, kind, params] of CASES) {
      const r = resolveError(kind, getServiceSpec(service), params);
      const entry = r.catalogueId ? entries.get(r.catalogueId) : undefined;
      if (!entry || /[{[|]/.test(entry.messageTemplate)) continue;
      assert.equal(r.message, entry.messageTemplate, r.catalogueId ?? "");
    }
  });

  it("adds S3's SignatureDoesNotMatch elements in AWS's order with lowercase spaced hex bytes", () => {
    const r = resolveError("signatureMismatch", getServiceSpec("s3"), { accessKeyId: "AKIAIOSFODNN7EXAMPLE", stringToSign: "AWS4\n", canonicalRequest: "GET", signatureProvided: "abc" });
    assert.deepEqual(r.extras, [
      ["AWSAccessKeyId", "AKIAIOSFODNN7EXAMPLE"],
      ["StringToSign", "AWS4\n"],
      ["SignatureProvided", "abc"],
      ["StringToSignBytes", "41 57 53 34 0a"],
      ["CanonicalRequest", "GET"],
      ["CanonicalRequestBytes", "47 45 54"],
    ]);
  });

  it("adds S3's RequestTimeTooSkewed times and the window in milliseconds", () => {
    const r = resolveError("signatureNotYetCurrent", getServiceSpec("s3"), { requestDate: "20260115T130000Z", serverNow: now, windowMinutes: 15 });
    assert.deepEqual(r.extras, [["RequestTime", "20260115T130000Z"], ["ServerTime", "2026-01-15T12:00:00Z"], ["MaxAllowedSkewMilliseconds", "900000"]]);
  });

  it("puts the bucket region in an element and a header for S3's wrong-region error", () => {
    const r = resolveError("credentialScope", getServiceSpec("s3"), { scope: { region: "us-west-2" }, expectedRegion: "us-east-1" });
    assert.deepEqual(r.extras, [["Region", "us-east-1"]]);
    assert.deepEqual(r.extraHeaders, [["x-amz-bucket-region", "us-east-1"]]);
  });

  it("appends the canonical string to SQS's signature error only", () => {
    const sqs = resolveError("signatureMismatch", getServiceSpec("sqs"), { canonicalRequest: "CR", stringToSign: "STS" });
    assert.equal(sqs.message.endsWith("for details.\n\nThe Canonical String for this request should have been\n'CR'\n\nThe String-to-Sign should have been\n'STS'\n"), true);
  });
});
