import { STATUS_CODES } from "node:http";
import type { Envelope, StoreResponse } from "./types.ts";

/**
 * An S3 success answer: the lab's `x-amz-request-id` and `x-amz-id-2` first, then `Date`, the operation's headers,
 * and `Server: AmazonS3` last, as S3's responses order them (the lab's renderRestXml and renderSuccess do the same).
 */
export function createStoreResponse(status: number, envelope: Envelope, headers: Array<[string, string]>, body: string | Uint8Array): StoreResponse {
  const bytes = typeof body === "string" ? undefined : body;
  const length = bytes ? bytes.length : Buffer.byteLength(body as string);
  return {
    status,
    statusText: STATUS_CODES[status] ?? "Unknown",
    headers: [
      ["x-amz-request-id", envelope.requestId],
      ["x-amz-id-2", envelope.hostId],
      ["Date", envelope.date],
      ...envelope.extra,
      ...headers.map(([n, v]): [string, string] => (n === "Content-Length" ? [n, v === "" ? String(length) : v] : [n, v])),
      ["Server", "AmazonS3"],
    ],
    body: bytes ? "" : (body as string),
    ...(bytes ? { bytes } : {}),
  };
}
