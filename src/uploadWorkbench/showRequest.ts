import type { LabRequest } from "../lab/index.ts";
import { abridge } from "./buildMultipartBody.ts";
import type { ShownRequest } from "./types.ts";

/** The request as raw HTTP text for the page; a long body is abridged (`shownBody` when the caller made its own). */
export function showRequest(request: LabRequest, shownBody?: string): ShownRequest {
  let text = `${request.method} ${request.target} ${request.httpVersion}\r\n`;
  for (const { name, value } of request.headers) text += `${name}: ${value}\r\n`;
  return { request, text: `${text}\r\n${shownBody ?? abridge(request.body)}` };
}
