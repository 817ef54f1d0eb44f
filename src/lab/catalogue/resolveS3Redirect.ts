import { formatExtended } from "./formatServerTimes.ts";
import type { FailureKind, FailureParams, ResolvedError } from "./types.ts";

/**
 * S3's answers when a request reaches another region's S3 than its bucket's, and a presigned URL dated ahead. None is
 * in ../shared/reference's catalogue (it lists neither redirect nor "Request is not yet valid"), so each cites its
 * raw captures here.
 */
export function resolveS3Redirect(kind: FailureKind, p: FailureParams): ResolvedError {
  const bucket = p.bucket ?? "";
  const region = p.bucketRegion ?? "";
  switch (kind) {
    case "bucketPermanentRedirect":
      return {
        code: "PermanentRedirect",
        status: 301,
        // source: https://github.com/skyplane-project/skyplane/issues/216 (raw body, 2022); a botocore 1.34.59 debug log
        // committed to a public course repository (cis6930sp24-assignment1, 2024, raw headers + body); awslabs/mountpoint-s3
        // mountpoint-s3-client/src/s3_crt_client.rs test parse_301_redirect (raw body). confirmed.
        message: "The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.",
        catalogueId: null,
        confidence: "confirmed",
        // Endpoint then Bucket since at least 2022 (the three sources above); 2012-2016 captures put RequestId first.
        extras: [["Endpoint", getPermanentEndpoint(bucket, region)], ["Bucket", bucket]],
        // x-amz-bucket-region on the 301, and no Location: the 2024 botocore log's headers; issue getmoto/moto#821
        // (raw headers); issue Automattic/knox#178 ("I would have expected aws to write a Location header, but it doesn't").
        extraHeaders: [["x-amz-bucket-region", region]],
        ...(region === "us-east-1" ? {} : { note:
          "The Endpoint of a bucket outside us-east-1 is written `bucket.s3-<region>.amazonaws.com` as in awslabs/mountpoint-s3's captured body (single-source); S3 may write the dotted form for regions without a legacy dash endpoint." }),
      };
    case "bucketTemporaryRedirect": {
      // source: https://github.com/cperciva/bsdec2-image-upload/issues/11 (raw headers + body, 2021): Endpoint, Bucket,
      // Location https://<bucket>.s3.<region>.amazonaws.com/<path>, x-amz-bucket-region. The message also in
      // https://github.com/erlcloud/erlcloud/issues/8 (raw, 2012) and https://github.com/andrewrk/node-s3-client/issues/133
      // (raw, 2016). confirmed (message), single-source (element order and the Endpoint's dotted form).
      const endpoint = `${bucket}.s3.${region}.amazonaws.com`;
      return {
        code: "TemporaryRedirect",
        status: 307,
        message: "Please re-send this request to the specified temporary endpoint. Continue to use the original request endpoint for future requests.",
        catalogueId: null,
        confidence: "confirmed",
        extras: [["Endpoint", endpoint], ["Bucket", bucket]],
        extraHeaders: [["x-amz-bucket-region", region], ["Location", `https://${endpoint}${p.target ?? "/"}`]],
      };
    }
    case "presignNotYetValid": {
      // source: https://github.com/minio/minio/issues/2638 (raw, 2016) and https://github.com/dmjio/s3-signer/issues/16
      // (raw, 2019): X-Amz-Date in Unix milliseconds, Expires (X-Amz-Date + X-Amz-Expires) and ServerTime as
      // yyyy-MM-ddTHH:mm:ssZ, in that order. confirmed. Neither shows the status; 403 as S3's other AccessDenied.
      const signedAt = p.signedAt ?? new Date(0);
      return {
        code: "AccessDenied",
        status: 403,
        message: "Request is not yet valid",
        catalogueId: null,
        confidence: "confirmed",
        extras: [
          ["X-Amz-Date", String(signedAt.getTime())],
          ["Expires", p.expiresAt ? formatExtended(p.expiresAt) : ""],
          ["ServerTime", formatExtended(p.serverNow ?? new Date(0))],
        ],
        extraHeaders: [],
        note: "The HTTP status was not captured; 403 as S3's other AccessDenied answers.",
      };
    }
    default:
      throw new Error(`resolveS3Redirect: ${kind} is not an S3 region answer`);
  }
}

/**
 * The endpoint a 301 names: `s3.amazonaws.com` for a us-east-1 bucket, path-style or virtual-hosted alike (skyplane
 * #216, the 2024 botocore log, both 2022-2024; confirmed); `bucket.s3-<region>.amazonaws.com` elsewhere (mountpoint-s3's
 * captured body; single-source).
 */
function getPermanentEndpoint(bucket: string, region: string): string {
  return region === "us-east-1" ? "s3.amazonaws.com" : `${bucket}.s3-${region}.amazonaws.com`;
}
