import type { LabResponse } from "../types.ts";
import { getStatusText } from "./getStatusText.ts";

/**
 * Assemble a response. `Content-Length` is the body's UTF-8 byte count, inserted where the header list holds
 * the `Content-Length` placeholder (so each renderer keeps its protocol's header order).
 */
export function createResponse(
  status: number,
  headers: Array<[string, string]>,
  body: string,
  opts: { contentLength?: number } = {},
): LabResponse {
  const length = opts.contentLength ?? new TextEncoder().encode(body).length;
  return {
    status,
    statusText: getStatusText(status),
    headers: headers.map(([name, value]): [string, string] =>
      name === "Content-Length" ? [name, String(length)] : [name, value],
    ),
    body,
  };
}
