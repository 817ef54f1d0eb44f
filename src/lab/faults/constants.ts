/** Identities of the default world (issue 3's table) that faults reuse. */
export const VALID_TEMPORARY = {
  accessKeyId: "ASIASIGFIXVALID00001",
  secretAccessKey: "sigfixValidTemporarySecretKeyEXAMPLE0001",
  sessionToken: "sigfix-valid-session-token-EXAMPLE",
} as const;

export const EXPIRED_TEMPORARY = {
  accessKeyId: "ASIASIGFIXEXPIRED001",
  secretAccessKey: "sigfixExpiredTemporarySecretKeyEXAMPLE01",
  sessionToken: "sigfix-expired-session-token-EXAMPLE",
} as const;

export const INACTIVE_LONG_TERM = {
  accessKeyId: "AKIAI44QH8DHBEXAMPLE",
  secretAccessKey: "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
} as const;

/** How far off the client clock is in the skew faults: beyond both the 5- and the 15-minute windows. */
export const SKEW_SECONDS = 20 * 60;

/** The region the wrong-region fault signs for (the sample endpoints are in us-east-1). */
export const WRONG_REGION = "us-west-2";
export const WRONG_REGION_FALLBACK = "eu-west-1";

/** The service name the wrong-service fault signs for. */
export const WRONG_SERVICE = "execute-api";

/** The catalogue ids shared by several faults, per protocol. */
export const SIGNATURE_MISMATCH = {
  awsQuery: "query.SignatureDoesNotMatch",
  awsJson1_0: "json.InvalidSignatureException",
  awsJson1_1: "json.InvalidSignatureException",
  restJson1: "json.InvalidSignatureException",
  restXml: "s3.SignatureDoesNotMatch",
} as const;

export const BAD_SESSION_TOKEN = {
  awsQuery: "query.InvalidClientTokenId.bad-session-token",
  awsJson1_0: "json.UnrecognizedClientException.bad-session-token",
  restXml: "s3.InvalidToken",
} as const;

export const UNKNOWN_KEY = {
  awsQuery: "query.InvalidClientTokenId.unknown-key",
  awsJson1_0: "json.UnrecognizedClientException.unknown-key",
  awsJson1_1: "json.UnrecognizedClientException.unknown-key",
  restJson1: "restjson.UnrecognizedClientException",
  restXml: "s3.InvalidAccessKeyId",
  ec2Query: "ec2.AuthFailure",
} as const;
