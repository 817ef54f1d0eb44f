import type { Scenario } from "../types.ts";
import type { UploadFile } from "./clientContentType.ts";

/** The file the upload faults send: what a browser's `<input type=file>` gives for `notes.txt`. */
export const UPLOAD_FILE: UploadFile = { name: "notes.txt", type: "text/plain", text: "hello from sigfix\n" };

/**
 * The scenario turned into a presigned PutObject of UPLOAD_FILE to the default world's bucket, signed with
 * `contentType` the way botocore's `generate_presigned_url` signs a `ContentType` parameter (content-type;host in
 * X-Amz-SignedHeaders). JS v3's `getSignedUrl` does so only with `signableHeaders: new Set(["content-type"])`; by
 * default it signs host alone (tests/unit/lab/s3/contentType.test.ts). Not a fault: the upload faults start here.
 */
export function toPresignedPut(s: Scenario, contentType: string | null): Scenario {
  const host = `sigfix-example.s3.${s.region}.amazonaws.com`;
  const type = contentType === null ? "" : `Content-Type: ${contentType}\r\n`;
  return {
    ...s,
    request: `PUT /${UPLOAD_FILE.name} HTTP/1.1\r\nHost: ${host}\r\n${type}\r\n${UPLOAD_FILE.text}`,
    mode: "query",
    expiresIn: s.expiresIn ?? 900,
  };
}
