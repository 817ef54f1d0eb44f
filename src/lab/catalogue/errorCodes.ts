/**
 * The closed list of AWS error codes the site knows, spelled exactly as AWS spells them on the wire
 * (../shared/reference/aws-auth-errors.json, plus the protocol pre-check codes of §3.1 and S3's InvalidArgument).
 * Never remove an entry: guides and short links hang off these names.
 */
export const ERROR_CODES = [
  // awsQuery / ec2Query
  "InvalidClientTokenId",
  "ExpiredToken",
  "SignatureDoesNotMatch",
  "IncompleteSignature",
  "MissingAuthenticationToken",
  "AuthFailure",
  "RequestExpired",
  // awsJson / restJson
  "UnrecognizedClientException",
  "ExpiredTokenException",
  "InvalidSignatureException",
  "IncompleteSignatureException",
  "MissingAuthenticationTokenException",
  "AccessDeniedException",
  "UnknownOperationException",
  "SerializationException",
  // front doors (src/lab/frontDoors/): AWS IoT's WebSocket 403, OpenSearch Serverless's 403
  "ForbiddenException",
  "Forbidden",
  // S3
  "InvalidAccessKeyId",
  "InvalidToken",
  "RequestTimeTooSkewed",
  "AuthorizationHeaderMalformed",
  "AuthorizationQueryParametersError",
  "AccessDenied",
  "InvalidRequest",
  "InvalidArgument",
  "XAmzContentSHA256Mismatch",
  // S3 payload integrity (issue 12): checksums, Content-MD5, aws-chunked bodies
  "BadDigest",
  "InvalidDigest",
  "IncompleteBody",
  "MalformedTrailerError",
  "InvalidChunkSizeError",
  "MissingContentLength",
  // S3 bucket-region redirects (issue 12)
  "PermanentRedirect",
  "TemporaryRedirect",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}
