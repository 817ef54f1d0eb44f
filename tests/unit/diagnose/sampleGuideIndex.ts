import type { GuideIndex } from "../../../src/diagnose/types.ts";

const T = "The security token included in the request is invalid";
const SIG = "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

/** A small literal guide index in the shape createGuideIndex builds, with messages from ../shared/reference. */
export const SAMPLE_INDEX: GuideIndex = {
  guides: [
    {
      slug: "security-token-invalid",
      title: "The security token included in the request is invalid",
      responses: [
        { code: "UnrecognizedClientException", status: 400, protocol: "awsJson1_0", message: `${T}.`, meaning: "With the final period: the access key ID is unknown to AWS.", shortLink: true },
        { code: "UnrecognizedClientException", status: 400, protocol: "awsJson1_0", message: T, meaning: "Without the final period: a session token was sent, but it is not usable.", shortLink: true },
        { code: "InvalidClientTokenId", status: 403, protocol: "awsQuery", message: `${T}.`, meaning: "With the final period: the access key ID is unknown to AWS.", shortLink: true },
        { code: "InvalidClientTokenId", status: 403, protocol: "awsQuery", message: T, meaning: "Without the final period: the session token is not usable.", shortLink: true },
      ],
      causes: [
        { id: "asia-key-without-token", title: "An ASIA key sent without its session token", faults: ["asia-key-without-token"], expect: { code: "InvalidClientTokenId", message: `${T}.` } },
        { id: "stale-session-token", title: "A stale AWS_SESSION_TOKEN left beside new long-term keys", faults: ["stale-session-token"], expect: { code: "InvalidClientTokenId", message: T } },
        { id: "key-deactivated-deleted-or-new", title: "The key was deactivated, deleted, rotated or created seconds ago", faults: ["inactive-access-key"], expect: { code: "InvalidClientTokenId", message: `${T}.` } },
        { id: "v1-token-in-opt-in-region", title: "A version-1 token from the global STS endpoint used in an opt-in region", faults: [] },
        { id: "key-pasted-with-whitespace-or-swapped", title: "Keys pasted with whitespace, or the key ID and secret swapped", faults: ["key-and-secret-swapped"], expect: { code: "IncompleteSignature", message: "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY/20260115/us-east-1/sts/aws4_request'" } },
      ],
    },
    {
      slug: "clock-skew",
      title: "Signature expired: the request time is too far from AWS's clock",
      responses: [
        { code: "InvalidSignatureException", status: 400, protocol: "awsJson1_0", message: "Signature expired: 20260115T114000Z is now earlier than 20260115T114500Z (20260115T120000Z - 15 min.)", meaning: "The request's date is more than the window behind AWS's clock.", shortLink: false },
        { code: "SignatureDoesNotMatch", status: 403, protocol: "awsQuery", message: "Signature not yet current: 20260115T122000Z is still later than 20260115T121500Z (20260115T120000Z + 15 min.)", meaning: "The request's date is ahead of AWS's clock.", shortLink: false },
        { code: "RequestTimeTooSkewed", status: 403, protocol: "restXml", message: "The difference between the request time and the current time is too large.", meaning: "S3: the request time is more than 15 minutes off.", shortLink: true },
        { code: "RequestExpired", status: 400, protocol: "ec2Query", message: "Request has expired.", meaning: "EC2: the request is more than 15 minutes old.", shortLink: true },
      ],
      causes: [
        { id: "clock-behind", title: "The client's clock is slow", faults: ["clock-skew-behind"], expect: { code: "InvalidSignatureException", message: "Signature expired: 20260115T114000Z is now earlier than 20260115T114500Z (20260115T120000Z - 15 min.)" } },
        { id: "clock-ahead", title: "The client's clock is fast", faults: ["clock-skew-ahead"], expect: { code: "SignatureDoesNotMatch", message: "Signature not yet current: 20260115T122000Z is still later than 20260115T121500Z (20260115T120000Z + 15 min.)" } },
      ],
    },
    {
      slug: "signature-does-not-match",
      title: "The request signature we calculated does not match the signature you provided",
      responses: [
        { code: "SignatureDoesNotMatch", status: 403, protocol: "awsQuery", message: SIG, meaning: "The signature differs.", shortLink: true },
        { code: "InvalidSignatureException", status: 400, protocol: "awsJson1_0", message: SIG, meaning: "The signature differs.", shortLink: true },
        { code: "SignatureDoesNotMatch", status: 403, protocol: "restXml", message: "The request signature we calculated does not match the signature you provided. Check your key and signing method.", meaning: "S3: the signature differs.", shortLink: true },
      ],
      causes: [
        { id: "wrong-secret", title: "The wrong secret access key", faults: ["wrong-secret"], expect: { code: "SignatureDoesNotMatch", message: SIG } },
        { id: "path-encoded-once", title: "The path encoded once instead of twice", faults: ["path-encoded-once"], expect: { code: "InvalidSignatureException", message: SIG } },
      ],
    },
    {
      slug: "credential-scope",
      title: "Credential should be scoped to a valid region",
      responses: [
        { code: "SignatureDoesNotMatch", status: 403, protocol: "awsQuery", message: "Credential should be scoped to a valid region, not 'eu-west-1'. ", meaning: "The scope's region is not the endpoint's.", shortLink: false },
        { code: "InvalidSignatureException", status: 400, protocol: "awsJson1_0", message: "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20260114' != '20260115', from '20260115T000500Z'.", meaning: "The scope date is not the request's day.", shortLink: false },
      ],
      causes: [{ id: "wrong-region", title: "Signed for another region", faults: ["wrong-region"], expect: { code: "SignatureDoesNotMatch", message: "Credential should be scoped to a valid region, not 'eu-west-1'. " } }],
    },
    {
      slug: "s3-presigned-url-expired",
      title: "Request has expired (S3 presigned URL)",
      responses: [{ code: "AccessDenied", status: 403, protocol: "restXml", message: "Request has expired", meaning: "The presigned URL's time ran out.", shortLink: true }],
      causes: [{ id: "url-past-its-expiry", title: "The URL is older than X-Amz-Expires", faults: ["presign-expired"], expect: { code: "AccessDenied", message: "Request has expired" } }],
    },
    {
      slug: "s3-authorization-query-parameters-error",
      title: "X-Amz-Expires must be less than a week",
      responses: [
        { code: "AuthorizationQueryParametersError", status: 400, protocol: "restXml", message: "X-Amz-Expires must be less than a week (in seconds); that is, the given X-Amz-Expires must be less than 604800 seconds", meaning: "Over the 7-day cap.", shortLink: true },
      ],
      causes: [{ id: "expires-over-a-week", title: "Asked for more than seven days", faults: ["presign-over-a-week"], expect: { code: "AuthorizationQueryParametersError", message: "X-Amz-Expires must be less than a week (in seconds); that is, the given X-Amz-Expires must be less than 604800 seconds" } }],
    },
    {
      slug: "expired-token",
      title: "The security token included in the request is expired",
      responses: [
        { code: "ExpiredToken", status: 403, protocol: "awsQuery", message: "The security token included in the request is expired", meaning: "The session ended.", shortLink: true },
        { code: "ExpiredToken", status: 400, protocol: "restXml", message: "The provided token has expired.", meaning: "S3: the session ended.", shortLink: true },
      ],
      causes: [{ id: "session-ended", title: "The session's credentials expired", faults: ["expired-token"], expect: { code: "ExpiredToken", message: "The security token included in the request is expired" } }],
    },
    {
      slug: "ec2-auth-failure",
      title: "AWS was not able to validate the provided access credentials",
      responses: [{ code: "AuthFailure", status: 401, protocol: "ec2Query", message: "AWS was not able to validate the provided access credentials", meaning: "EC2 did not accept the credentials.", shortLink: true }],
      causes: [{ id: "unknown-key", title: "An unknown access key", faults: ["unknown-access-key"], expect: { code: "AuthFailure", message: "AWS was not able to validate the provided access credentials" } }],
    },
  ],
};
