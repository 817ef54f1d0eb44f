import { md5 } from "@noble/hashes/legacy.js";
import { toHex } from "../crypto/toHex.ts";
import type { LabResponse, S3ObjectWrite } from "../types.ts";
import { createResponse } from "./createResponse.ts";
import { formatHttpDate } from "./formatHttpDate.ts";
import type { RenderContext } from "./types.ts";

/**
 * S3's answer to a PutObject or UploadPart it accepted: 200, the ETag (the MD5 of the bytes, hex, quoted), the
 * default encryption S3 applies to every new object since 2023-01-05, the checksum it stored, and no body.
 * source: S3 API reference, PutObject, "Example 1: Upload an object" (response: ETag, Content-Length: 0, Server:
 * AmazonS3); x-amz-server-side-encryption: AES256 from "Amazon S3 now automatically encrypts all new objects" (2023).
 */
export function renderS3WriteSuccess(ctx: RenderContext, object: S3ObjectWrite): LabResponse {
  const checksum = object.headers.find(([name]) => name.startsWith("x-amz-checksum-") && name !== "x-amz-checksum-algorithm" && name !== "x-amz-checksum-type");
  return createResponse(200, [
    ["x-amz-id-2", ctx.hostId],
    ["x-amz-request-id", ctx.requestId],
    ["Date", formatHttpDate(ctx.serverNow)],
    ["x-amz-server-side-encryption", "AES256"],
    ["ETag", `"${toHex(md5(object.bytes))}"`],
    ...(checksum ? [checksum] : []),
    ["Content-Length", "0"],
    ["Server", "AmazonS3"],
  ], "");
}
