import { getHeaderValues, MAX_BODY_BYTES, MAX_S3_WRITE_BODY_BYTES } from "./lab.ts";
import type { LabRequest } from "./lab.ts";
import { getScopeService } from "./getScopeService.ts";

/**
 * The body limit for a request, decided from its head before the body is read: an S3 write (a PUT signed for s3,
 * or a browser POST upload, `multipart/form-data` without `X-Amz-Target`) may carry MAX_S3_WRITE_BODY_BYTES, since
 * multipart clients send 5–16 MiB parts; everything else MAX_BODY_BYTES (or the server's `base` override).
 */
export function getBodyLimit(head: Pick<LabRequest, "method" | "target" | "headers">, base: number = MAX_BODY_BYTES): number {
  const req: LabRequest = { ...head, httpVersion: "HTTP/1.1", body: new Uint8Array(0) };
  if (getHeaderValues(req, "x-amz-target").length > 0) return base;
  const method = req.method.toUpperCase();
  const type = (getHeaderValues(req, "content-type")[0] ?? "").trim().toLowerCase();
  const s3Write = (method === "PUT" && getScopeService(req) === "s3") || (method === "POST" && type.startsWith("multipart/form-data"));
  return s3Write ? Math.max(base, MAX_S3_WRITE_BODY_BYTES) : base;
}
