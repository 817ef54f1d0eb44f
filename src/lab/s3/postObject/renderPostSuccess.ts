import { createResponse } from "../../render/createResponse.ts";
import { escapeXml } from "../../render/escapeXml.ts";
import { formatHttpDate } from "../../render/formatHttpDate.ts";
import { uriEncode } from "../../sigv4/uriEncode.ts";
import type { LabResponse, S3ObjectWrite } from "../../types.ts";
import type { PostSuccess } from "./getPostSuccess.ts";

export interface PostSuccessContext {
  requestId: string;
  hostId: string;
  serverNow: Date;
  /** The Host header the form was posted to, as sent (with its port, if any). */
  host: string;
  /** Whether the bucket is in the Host (virtual-hosted) or the path. */
  virtualHosted: boolean;
}

/**
 * S3's answer to a stored form upload. 204 and 200 carry no body; 201 carries
 * `<PostResponse><Location/><Bucket/><Key/><ETag/></PostResponse>`, the ETag with its quotes
 * (source: https://github.com/localstack/localstack/issues/1302, https://github.com/waynehoover/s3_direct_upload/issues/155,
 * https://github.com/minio/minio/issues/1477 for the declaration; confirmed). The Location encodes the key with `/` as
 * `%2F` (s3_direct_upload#155: `uploads%2F%7Btimestamp%7D…`). 303 sends the browser to the redirect with `bucket`,
 * `key` and `etag` added to its query (S3 user guide, HTTPPOSTExamples sample response; percent-encoding assumed).
 * Header order after the S3 API reference's POST Object sample response (uncertain).
 */
export function renderPostSuccess(object: S3ObjectWrite, etag: string, success: PostSuccess, ctx: PostSuccessContext): LabResponse {
  const name = ctx.host.replace(/:\d+$/, "").toLowerCase();
  const local = name === "localhost" || name.endsWith(".localhost") || name.startsWith("127.");
  const origin = `${local ? "http" : "https"}://${ctx.host}`;
  const location = `${origin}/${ctx.virtualHosted ? "" : `${uriEncode(object.bucket)}/`}${uriEncode(object.key)}`;
  const head: Array<[string, string]> = [["x-amz-request-id", ctx.requestId], ["x-amz-id-2", ctx.hostId], ["Date", formatHttpDate(ctx.serverNow)]];
  if (success.status === 303 && success.redirect !== undefined) {
    const sep = success.redirect.includes("?") ? "&" : "?";
    const target = `${success.redirect}${sep}bucket=${uriEncode(object.bucket)}&key=${uriEncode(object.key)}&etag=${uriEncode(etag)}`;
    return createResponse(303, [...head, ["ETag", etag], ["Location", target], ["Content-Length", ""], ["Server", "AmazonS3"]], "");
  }
  if (success.status === 201) {
    const body =
      `<?xml version="1.0" encoding="UTF-8"?>\n` +
      `<PostResponse><Location>${escapeXml(location)}</Location><Bucket>${escapeXml(object.bucket)}</Bucket>` +
      `<Key>${escapeXml(object.key)}</Key><ETag>${escapeXml(etag)}</ETag></PostResponse>`;
    return createResponse(201, [...head, ["ETag", etag], ["Location", location], ["Content-Type", "application/xml"], ["Content-Length", ""], ["Server", "AmazonS3"]], body);
  }
  const length: Array<[string, string]> = success.status === 204 ? [] : [["Content-Length", ""]];
  return createResponse(success.status, [...head, ["ETag", etag], ["Location", location], ...length, ["Server", "AmazonS3"]], "");
}
