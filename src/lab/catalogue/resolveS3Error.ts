import { formatBasic, formatBytes, formatExtended } from "./formatServerTimes.ts";
import type { Confidence, FailureKind, FailureParams, ResolvedError } from "./types.ts";
import type { ErrorCode } from "./errorCodes.ts";
import { resolveS3IntegrityError } from "./resolveS3IntegrityError.ts";
import { resolveS3Redirect } from "./resolveS3Redirect.ts";

const MALFORMED_CREDENTIAL = `The authorization header is malformed; the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".`;
const MALFORMED_QUERY_CREDENTIAL = `Error parsing the X-Amz-Credential parameter; the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".`;

/** S3's REST-XML front door (catalogue §4.8 and the s3.* entries). Extras are in AWS's element order. */
export function resolveS3Error(kind: FailureKind, p: FailureParams): ResolvedError {
  const make = (code: ErrorCode, status: number, message: string, catalogueId: string | null, confidence: Confidence,
    extras: Array<[string, string]> = [], note?: string, extraHeaders: Array<[string, string]> = []): ResolvedError =>
    ({ code, status, message, catalogueId, confidence, extras, extraHeaders, ...(note ? { note } : {}) });
  const query = p.mode === "query";

  switch (kind) {
    case "missingAuthentication":
      return make("AccessDenied", 403, "Access Denied", null, "uncertain", [],
        "An unsigned S3 request is anonymous; a private resource answers AccessDenied. Not in the catalogue.");
    case "sigv2QueryAuth":
      return make("InvalidRequest", 400, "The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.", "s3.InvalidRequest.sigv2-not-supported", "confirmed", [],
        "The lab models SigV4 only; S3 still honours SigV2 on some older buckets and regions, and answers this where it does not.");
    case "sigv2QueryIncomplete":
      return make("AccessDenied", 403, "Query-string authentication requires the Signature, Expires and AWSAccessKeyId parameters", "s3.AccessDenied.sigv2-query-missing", "single-source");
    case "bothAuthMechanisms":
      return make("InvalidArgument", 400,
        "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified",
        null, "confirmed", [["ArgumentName", "Authorization"], ["ArgumentValue", p.authorization ?? ""]],
        "Not in the catalogue; raw S3 bodies with this text and element order: issue catalyst/moodle-tool_objectfs#303, issue lukejacksonn/react-slack-clone#77.");
    case "unsupportedAlgorithm":
      return query
        ? make("AuthorizationQueryParametersError", 400, `X-Amz-Algorithm only supports "AWS4-HMAC-SHA256 and AWS4-ECDSA-P256-SHA256"`, "s3.AuthorizationQueryParametersError.other", "uncertain", [], "versitygw's text only.")
        : make("InvalidRequest", 400, "The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.", "s3.InvalidRequest.sigv2-not-supported", "confirmed");
    case "notKeyValue":
    case "missingAuthParams":
    case "headerComponents":
      return make("AuthorizationHeaderMalformed", 400, "The authorization header is malformed; the authorization header requires three components: Credential, SignedHeaders, and Signature.",
        "s3.AuthorizationHeaderMalformed.components", kind === "notKeyValue" ? "uncertain" : "confirmed");
    case "missingQueryParams":
      return make("AuthorizationQueryParametersError", 400, "Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.",
        "s3.AuthorizationQueryParametersError.missing", "confirmed");
    case "credentialMalformed":
      return query
        ? make("AuthorizationQueryParametersError", 400, MALFORMED_QUERY_CREDENTIAL, "s3.AuthorizationQueryParametersError.credential", "confirmed")
        : make("AuthorizationHeaderMalformed", 400, MALFORMED_CREDENTIAL, "s3.AuthorizationHeaderMalformed.credential", "confirmed");
    case "expiresTooLarge":
      return make("AuthorizationQueryParametersError", 400, "X-Amz-Expires must be less than a week (in seconds); that is, the given X-Amz-Expires must be less than 604800 seconds",
        "s3.AuthorizationQueryParametersError.expires-too-large", "confirmed");
    case "expiresInvalid":
      return make("AuthorizationQueryParametersError", 400, /^-\d+$/.test(p.expires ?? "") ? "X-Amz-Expires must be non-negative" : "X-Amz-Expires should be a number",
        "s3.AuthorizationQueryParametersError.other", "uncertain", [], "versitygw's text only.");
    case "missingContentSha256":
      return make("InvalidRequest", 400, "Missing required header for this request: x-amz-content-sha256", "s3.InvalidRequest.missing-content-sha256", "confirmed");
    case "dateFormat":
    case "missingDate":
      return query
        ? make("AuthorizationQueryParametersError", 400, `X-Amz-Date must be in the ISO8601 Long Format "yyyyMMdd'T'HHmmss'Z'"`, "s3.AuthorizationQueryParametersError.date-format", "confirmed")
        : make("AccessDenied", 403, "AWS authentication requires a valid Date or x-amz-date header", "s3.AccessDenied.missing-date", "confirmed", [], "The HTTP status was never captured; 403 as S3's other AccessDenied.");
    case "signatureExpired":
    case "signatureNotYetCurrent": {
      const now = p.serverNow ?? new Date(0);
      return make("RequestTimeTooSkewed", 403, "The difference between the request time and the current time is too large.", "s3.RequestTimeTooSkewed", "confirmed",
        [["RequestTime", p.requestDate ?? formatBasic(now)], ["ServerTime", formatExtended(now)], ["MaxAllowedSkewMilliseconds", String((p.windowMinutes ?? 15) * 60_000)]]);
    }
    case "credentialScope":
      return resolveS3Scope(p, make);
    case "unknownAccessKey":
      return make("InvalidAccessKeyId", 403, "The AWS Access Key Id you provided does not exist in our records.", "s3.InvalidAccessKeyId", "confirmed",
        [["AWSAccessKeyId", p.accessKeyId ?? ""]]);
    case "invalidSessionToken":
      return make("InvalidToken", 400, "The provided token is malformed or otherwise invalid.", "s3.InvalidToken", "confirmed",
        [["Token-0", p.sessionToken ?? ""]], "The <Token-0> element is confirmed for ExpiredToken only; assumed here (§12.7).");
    case "expiredSessionToken":
      return make("ExpiredToken", 400, "The provided token has expired.", "s3.ExpiredToken", "confirmed", [["Token-0", p.sessionToken ?? ""]]);
    case "headersNotSigned":
      return make("AccessDenied", 403, "There were headers present in the request which were not signed", "s3.AccessDenied.headers-not-signed", "confirmed",
        [["HeadersNotSigned", (p.headers ?? []).join(", ")]]);
    case "signatureMismatch":
      return make("SignatureDoesNotMatch", 403, "The request signature we calculated does not match the signature you provided. Check your key and signing method.", "s3.SignatureDoesNotMatch", "confirmed", [
        ["AWSAccessKeyId", p.accessKeyId ?? ""],
        ["StringToSign", p.stringToSign ?? ""],
        ["SignatureProvided", p.signatureProvided ?? ""],
        ["StringToSignBytes", formatBytes(p.stringToSign ?? "")],
        ["CanonicalRequest", p.canonicalRequest ?? ""],
        ["CanonicalRequestBytes", formatBytes(p.canonicalRequest ?? "")],
      ]);
    case "presignExpired":
      return make("AccessDenied", 403, "Request has expired", "s3.AccessDenied.request-has-expired", "confirmed", [
        ["X-Amz-Expires", p.expires ?? ""],
        ["Expires", p.expiresAt ? formatExtended(p.expiresAt) : ""],
        ["ServerTime", formatExtended(p.serverNow ?? new Date(0))],
      ]);
    // issue 12 (s3sig). The catalogue (§4.8) has this [U], seen "only from Cloudflare R2"; raw AWS bodies show the
    // text and both elements, the header's value first, then the body's hash:
    // source: https://github.com/grosskur/lua-resty-aws/issues/2 (raw body, 2016)
    // source: https://github.com/postmanlabs/postman-app-support/issues/3680 (raw body, 2017)
    // source: https://github.com/s3tools/s3cmd/issues/812 (parsed elements in order, Server: AmazonS3, 2016)
    // confirmed: three independent captures.
    case "payloadHashMismatch":
      return make("XAmzContentSHA256Mismatch", 400, "The provided 'x-amz-content-sha256' header does not match what was computed.", "s3.XAmzContentSHA256Mismatch", "confirmed",
        [["ClientComputedContentSHA256", p.contentSha256 ?? ""], ["S3ComputedContentSHA256", p.bodySha256 ?? ""]]);
    // The list of literals grew with S3's streaming modes; this is AWS's text today, with ArgumentName then
    // ArgumentValue as in the 2016 capture (whose list had only UNSIGNED-PAYLOAD and STREAMING-AWS4-HMAC-SHA256-PAYLOAD).
    // source: https://github.com/versity/versitygw/issues/1352 (raw AWS body, 2025)
    // source: https://github.com/irods/irods_resource_plugin_s3/issues/1833 (elements and order, 2016; older list)
    // single-source for today's wording. Not in the catalogue.
    case "contentSha256Invalid":
      return make("InvalidArgument", 400,
        "x-amz-content-sha256 must be UNSIGNED-PAYLOAD, STREAMING-UNSIGNED-PAYLOAD-TRAILER, STREAMING-AWS4-HMAC-SHA256-PAYLOAD, STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER, STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD, STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD-TRAILER or a valid sha256 value.",
        null, "single-source", [["ArgumentName", "x-amz-content-sha256"], ["ArgumentValue", p.contentSha256 ?? ""]],
        "Not in the catalogue; AWS's raw body in versitygw#1352. Where S3 checks the value's form against the signature is not known: the lab checks it once the signature passed.");
    case "bucketPermanentRedirect":
    case "bucketTemporaryRedirect":
    case "presignNotYetValid":
      return resolveS3Redirect(kind, p);
    default: {
      const integrity = resolveS3IntegrityError(kind, p, make);
      if (integrity) return integrity;
      throw new Error(`resolveS3Error: ${kind} is not an S3 failure`);
    }
  }
}

function resolveS3Scope(
  p: FailureParams,
  make: (code: ErrorCode, status: number, message: string, id: string | null, c: Confidence, extras?: Array<[string, string]>, note?: string, extraHeaders?: Array<[string, string]>) => ResolvedError,
): ResolvedError {
  const s = p.scope ?? {};
  const query = p.mode === "query";
  if (s.region !== undefined) {
    const expected = p.expectedRegion ?? "";
    return query
      ? make("AuthorizationQueryParametersError", 400, `Error parsing the X-Amz-Credential parameter; the region '${s.region}' is wrong; expecting '${expected}'`,
        "s3.AuthorizationQueryParametersError.other", "confirmed", [["Region", expected]],
        // source: raw AWS bodies with this text and <Region> before RequestId: https://github.com/ai-dock/comfyui/issues/34 (2024),
        // https://github.com/HHS/Head-Start-TTADP/issues/370 (2021), https://github.com/bigassforce/aws-sdk/issues/5 (2018).
        // The catalogue's entry (versitygw only, uncertain) is thin here. The x-amz-bucket-region header is not captured for this form.
        "Text and Region element from three raw AWS captures (the catalogue lists versitygw only); the x-amz-bucket-region header is assumed as on the header form.",
        [["x-amz-bucket-region", expected]])
      : make("AuthorizationHeaderMalformed", 400, `The authorization header is malformed; the region '${s.region}' is wrong; expecting '${expected}'`,
        "s3.AuthorizationHeaderMalformed.region", "confirmed", [["Region", expected]], undefined, [["x-amz-bucket-region", expected]]);
  }
  if (query && s.date !== undefined && s.service === undefined && s.terminator === undefined) {
    return make("AuthorizationQueryParametersError", 400, `Invalid credential date "${s.date}". This date is not the same as X-Amz-Date: "${p.requestShortDate ?? ""}".`,
      "s3.AuthorizationQueryParametersError.other", "uncertain", [], "versitygw's text only.");
  }
  return query
    ? make("AuthorizationQueryParametersError", 400, MALFORMED_QUERY_CREDENTIAL, "s3.AuthorizationQueryParametersError.credential", "uncertain", [],
      "S3's answer to a wrong service, terminator or date in the scope is not captured; the lab uses the mal-formed Credential text.")
    : make("AuthorizationHeaderMalformed", 400, MALFORMED_CREDENTIAL, "s3.AuthorizationHeaderMalformed.credential", "uncertain", [],
      "S3's answer to a wrong service, terminator or date in the scope is not captured; the lab uses the mal-formed Credential text.");
}
