import type { ParsedError, SdkFailure } from "./types.ts";

export type BotocoreRetryMode = "legacy" | "standard";

export interface BotocoreRetry {
  /** ResponseMetadata.RetryAttempts when the error is raised. */
  retries: number;
  /** MaxAttemptsReached: ClientError then says " (reached max retries: N)". */
  maxReached: boolean;
  /** Set when botocore's S3 region redirector sent the request again: the region it re-signed for, or null (it HEADs the bucket). */
  redirectRegion: string | null | undefined;
}

// botocore/data/_retry.json (1.43.11), legacy mode: max_attempts 5 and, for every service, 500/502/503/504 and
// throttling; for S3 also 400 RequestTimeout and 400 BadDigest ("contentmd5"). Measured: a wrong Content-MD5 or
// ChecksumCRC32 on PutObject is sent 5 times and raises "(reached max retries: 4)".
const LEGACY_S3_400 = ["RequestTimeout", "BadDigest"];
// botocore/retries/standard.py (standard mode, the AWS CLI v2's default): max_attempts 3, transient codes and 5xx.
const STANDARD_CODES = ["RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete"];
const SERVER_STATUSES = [500, 502, 503, 504];
const THROTTLING = ["Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException", "ProvisionedThroughputExceededException", "RequestLimitExceeded", "SlowDown"];

/**
 * Whether botocore sends a request again before raising: its S3 region redirector first (botocore/utils.py
 * S3RegionRedirectorv2.redirect_from_error, once per call: PermanentRedirect, any 301/302/307, a HeadObject answered
 * "301"/"400", a HeadBucket "301"/"400" with x-amz-bucket-region, AuthorizationHeaderMalformed naming a Region,
 * IllegalLocationConstraintException outside CreateBucket), then the retry handler of the mode.
 * The redirector re-resolves the endpoint for the bucket's region; with a fixed endpoint_url that is the same URL,
 * signed for the new region, and the second answer is what is raised (measured: two requests, RetryAttempts 1).
 */
export function judgeBotocoreRetry(f: SdkFailure, e: ParsedError, mode: BotocoreRetryMode): BotocoreRetry {
  if (f.service === "s3" && isRegionRedirect(f, e)) return { retries: 1, maxReached: false, redirectRegion: e.bucketRegion ?? e.errorRegion };
  const max = mode === "legacy" ? 4 : 2;
  const retried = SERVER_STATUSES.includes(f.status) || THROTTLING.includes(e.code) ||
    (mode === "legacy" ? f.service === "s3" && f.status === 400 && LEGACY_S3_400.includes(e.code) : STANDARD_CODES.includes(e.code));
  return retried ? { retries: max, maxReached: true, redirectRegion: undefined } : { retries: 0, maxReached: false, redirectRegion: undefined };
}

function isRegionRedirect(f: SdkFailure, e: ParsedError): boolean {
  const headStatus = e.code === "301" || e.code === "400";
  return (
    e.code === "PermanentRedirect" ||
    [301, 302, 307].includes(f.status) ||
    (headStatus && f.operation === "HeadObject") ||
    (headStatus && f.operation === "HeadBucket" && e.bucketRegion !== null) ||
    (e.code === "AuthorizationHeaderMalformed" && e.errorRegion !== null) ||
    (e.code === "IllegalLocationConstraintException" && f.operation !== "CreateBucket")
  );
}
