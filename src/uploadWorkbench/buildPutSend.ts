import type { LabRequest, RawHeader } from "../lab/index.ts";
import { buildMultipartBody } from "./buildMultipartBody.ts";
import { PUT_CLIENTS } from "./clients.ts";
import { EXAMPLE_ORIGIN, FORM_BOUNDARY } from "./constants.ts";
import { createFileBytes } from "./createFileBytes.ts";
import { showRequest } from "./showRequest.ts";
import type { PutChoices, ShownRequest } from "./types.ts";

/**
 * What the client puts on the wire for the presigned URL: the URL's path and query as signed, the Host, the
 * client's own headers (Content-Type as it derives it) and the body: the file, or a FormData wrapping it.
 * Browsers add Origin to a cross-origin fetch or XHR (axios's browser adapter); curl does not.
 */
export function buildPutSend(c: PutChoices, presigned: LabRequest): ShownRequest {
  const client = PUT_CLIENTS[c.client];
  const file = createFileBytes(c.fileSize);
  const form = client.multipart ? buildMultipartBody([{ name: "file", fileName: c.fileName, type: c.sentContentType, bytes: file }], FORM_BOUNDARY) : null;
  const body = form ? form.bytes : file;
  const host = presigned.headers.find((h) => h.name.toLowerCase() === "host")?.value ?? "";
  const headers: RawHeader[] = [{ name: "Host", value: host }];
  const type = client.contentType(c.sentContentType);
  if (type !== null) headers.push({ name: "Content-Type", value: type });
  headers.push({ name: "Content-Length", value: String(body.length) });
  if (c.metaName !== "" && c.sentMetaValue !== "") headers.push({ name: `x-amz-meta-${c.metaName.toLowerCase()}`, value: c.sentMetaValue });
  for (const [name, value] of client.headers) headers.push({ name, value });
  if (c.client.startsWith("fetch") || c.client === "axios-default") headers.push({ name: "Origin", value: EXAMPLE_ORIGIN });
  return showRequest({ method: "PUT", target: presigned.target, httpVersion: "HTTP/1.1", headers, body }, form?.shown);
}
