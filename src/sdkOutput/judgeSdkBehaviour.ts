import { judgeBotocoreRetry } from "./judgeBotocoreRetry.ts";
import type { ParsedError, SdkBehaviour, SdkFailure, SdkId } from "./types.ts";

const FOUR_MINUTES = 240;

// @smithy/core retry CLOCK_SKEW_ERROR_CODES is not what decides a JS retry; the signer's correction is (below).
// aws/aws-sdk-java-v2 core/aws-core/.../internal/AwsErrorCode.java:
const JAVA_DEFINITE = ["RequestTimeTooSkewed", "RequestExpired", "RequestInTheFuture"];
const JAVA_POSSIBLE = ["InvalidSignatureException", "SignatureDoesNotMatch", "AuthFailure"];
// aws/aws-sdk-go-v2 aws/retry (clock skew SEP, clockskew_test.go TestWrapAsClockSkew): retried above 4 minutes.
const GO_CODES = ["InvalidSignatureException", "SignatureDoesNotMatch", "AuthFailure", "RequestTimeTooSkewed", "AccessDeniedException"];
// aws/aws-sdk-net sdk/src/Core/Amazon.Runtime/Pipeline/RetryHandler/RetryPolicy.cs, "Clock skew correction":
const NET_DEFINITE = ["RequestTimeTooSkewed", "RequestExpired", "RequestInTheFuture"];
const NET_POSSIBLE = ["InvalidSignatureException", "AuthFailure", "SignatureDoesNotMatch"];
const NET_THRESHOLD = 300;

const never = (summary: string): SdkBehaviour => ({ correctsClock: false, retries: false, correctedSkewSeconds: null, summary });
const corrects = (summary: string): SdkBehaviour => ({ correctsClock: true, retries: true, correctedSkewSeconds: 0, summary });

/**
 * What each SDK does by itself with this failure: whether it moves its clock to the server's and signs again.
 * `skew` is the client's clock minus the server's (the Date header), in seconds.
 */
export function judgeSdkBehaviour(id: SdkId, f: SdkFailure, e: ParsedError): SdkBehaviour {
  const b = judgeOnItsOwn(id, f, e);
  const redirect = f.service === "s3" && (f.status === 301 || f.status === 307 || e.code === "PermanentRedirect" || e.code === "TemporaryRedirect");
  const note = redirect ? REDIRECT_NOTES[id] : undefined;
  return note ? { ...b, summary: `${b.summary} ${note}` } : b;
}

// What the SDKs other than botocore do with S3's region redirect by default.
const REDIRECT_NOTES: Partial<Record<SdkId, string>> = {
  // @aws-sdk/middleware-sdk-s3 region-redirect-middleware, added only when the client has followRegionRedirects: true
  // (measured: 3.1175 with the default config makes one request and throws the 301).
  "js-v3": "It does not follow the region redirect either: only a client built with followRegionRedirects: true sends it again to the x-amz-bucket-region.",
  // aws/aws-sdk-java-v2 services/s3/src/main/java/software/amazon/awssdk/services/s3/internal/crossregion (S3CrossRegionSyncClient), off by default.
  "java-v2": "It follows a region redirect only when the client is built with crossRegionAccessEnabled(true).",
  "go-v2": "It has no S3 region redirect of its own: set the client's Region to the bucket's (manager.GetBucketRegion reads it) (not checked against a real client).",
  "dotnet": "Whether it re-sends to the bucket's region by itself is not checked here: set the client's RegionEndpoint to the bucket's region.",
};

function judgeOnItsOwn(id: SdkId, f: SdkFailure, e: ParsedError): SdkBehaviour {
  const skew = Number.isFinite(f.clientSkewSeconds) ? Math.round(f.clientSkewSeconds!) : 0;
  const hasDate = e.serverTimeMs !== null;
  const far = Math.abs(skew);
  const retried = "signs again with the corrected clock and retries: if the clock was the only problem, the call succeeds and your code sees no error.";
  switch (id) {
    case "botocore":
    case "aws-cli-v1":
    case "aws-cli-v2": {
      // botocore signs with the machine's clock (botocore/auth.py SigV4Auth: datetime.now(timezone.utc)) and has no skew handling.
      const retry = judgeBotocoreRetry(f, e, id === "aws-cli-v2" ? "standard" : "legacy");
      if (retry.redirectRegion !== undefined) {
        const region = retry.redirectRegion === null ? "the region a HEAD of the bucket names" : retry.redirectRegion;
        return { correctsClock: false, retries: true, correctedSkewSeconds: null, summary: `Its S3 region redirector signs the request again for ${region} and sends it once more (RetryAttempts 1): to the bucket's regional endpoint, or, with endpoint_url fixed, to the same endpoint, whose second answer is the one raised. It never corrects its clock.` };
      }
      if (retry.retries > 0) return { correctsClock: false, retries: true, correctedSkewSeconds: null, summary: `Retries it ${retry.retries} times with backoff (${id === "aws-cli-v2" ? "standard" : "legacy"} retry mode), then raises the last answer: a wrong digest fails every time. It never corrects its clock.` };
      return never("Never corrects its clock and does not retry this error: it reaches you at once.");
    }
    case "js-v3": {
      // @aws-sdk/core httpAuthSchemes AwsSdkSigV4Signer.errorHandler: on any error with a Date header (S3: ServerTime),
      // systemClockOffset := server − now; $metadata.clockSkewCorrected when |offset| ≥ 240 s and it changed.
      // @smithy/core retry isTransientError retries clockSkewCorrected errors and "Signature expired" ones.
      if (!hasDate) return never("No server time in the response: nothing to correct from, and no retry.");
      const corrected = far >= FOUR_MINUTES;
      const expired = e.code === "InvalidSignatureException" && e.message.includes("Signature expired");
      if (corrected || expired) return corrects(`Sets systemClockOffset from the response's ${f.protocol === "restXml" ? "ServerTime" : "Date"} (${skew > 0 ? "−" : "+"}${far} s), ${retried}`);
      return { correctsClock: true, retries: false, correctedSkewSeconds: 0, summary: "Reads the server's time from the Date header: its clock is within 4 minutes, so nothing to correct, and it does not retry." };
    }
    case "java-v2": {
      // AwsServiceException#isClockSkewException, ClockSkew.isClockSkewed (≥ 4 min against the Date header).
      const definite = JAVA_DEFINITE.includes(e.code);
      const possible = (JAVA_POSSIBLE.includes(e.code) || f.status === 401 || f.status === 403) && hasDate && far >= FOUR_MINUTES;
      if (definite || possible) return corrects(`Treats it as clock skew, adjusts its time offset from the Date header, ${retried}`);
      return never("Not a clock-skew error to it: no correction, no retry of an authentication error.");
    }
    case "go-v2":
      if (GO_CODES.includes(e.code) && hasDate && far > FOUR_MINUTES) return corrects(`Sees a skew over 4 minutes in the Date header, records the offset, ${retried}`);
      return never("Not a clock skew over 4 minutes: the retryer gives the error back without retrying.");
    case "dotnet": {
      const definite = NET_DEFINITE.includes(e.code) && hasDate;
      const possible = NET_POSSIBLE.includes(e.code) && hasDate && far > NET_THRESHOLD;
      if (definite || possible) return corrects(`CorrectForClockSkew (on by default) sets the endpoint's clock correction from the Date header, ${retried}`);
      return never("Not a clock skew over 5 minutes: no correction, no retry.");
    }
  }
}
