import type { LabResponse } from "./lab.ts";

const REASONS: Record<number, string> = {
  400: "Bad Request",
  408: "Request Timeout",
  413: "Payload Too Large",
  431: "Request Header Fields Too Large",
  500: "Internal Server Error",
};

/**
 * The endpoint's own answer when a request never reaches the lab: HTTP the server cannot parse (Node's parser
 * refuses it), a body above the limit, or an internal error. A short text body that says what happened and that
 * it comes from the mock, not from AWS; the connection is closed after it.
 */
export function renderPlainError(status: number, explanation: string, serverNow: Date): LabResponse {
  const body = `${explanation}\n(sigfix mock-aws: this answer comes from the local endpoint, not from an AWS service.)\n`;
  return {
    status,
    statusText: REASONS[status] ?? "Error",
    headers: [
      ["Date", serverNow.toUTCString()],
      ["Content-Type", "text/plain; charset=utf-8"],
      ["Content-Length", String(Buffer.byteLength(body, "utf8"))],
      ["Connection", "close"],
    ],
    body,
  };
}

/** A response as raw HTTP/1.1 bytes, for the places where only the socket is left (`clientError`). */
export function serializePlainResponse(r: LabResponse): string {
  return `HTTP/1.1 ${r.status} ${r.statusText}\r\n${r.headers.map(([n, v]) => `${n}: ${v}\r\n`).join("")}\r\n${r.body}`;
}
