import { MAX_POST_IGNORED_PARTS_LISTED, MAX_POST_PRE_DATA_BYTES } from "../../limits.ts";
import { createByteSearch } from "./createByteSearch.ts";
import { getBoundary } from "./getBoundary.ts";
import { parsePartHeaders } from "./parsePartHeaders.ts";
import type { ParseFormResult, PostField, PostFile } from "./types.ts";

const encoder = new TextEncoder();
const utf8 = new TextDecoder("utf-8");
const CRLF = encoder.encode("\r\n");
const findHeaderEnd = createByteSearch(encoder.encode("\r\n\r\n"));
const CR = 13;
const LF = 10;
const DASH = 45;

/**
 * Reads an S3 POST Object body once: the fields before `file` in order, the file's bytes (a view, never a copy),
 * and the names of the parts after it, which S3 ignores. Linear in the body and bounded: S3 reads at most
 * MAX_POST_PRE_DATA_BYTES before the file, and so does this parser, so 10,000 small fields fail fast.
 * Never throws: a body that is not well-formed multipart/form-data gets a reason.
 */
export function parseMultipartForm(body: Uint8Array, contentType: string): ParseFormResult {
  const { multipart, boundary } = getBoundary(contentType);
  if (!multipart) return { ok: false, kind: "notMultipart", detail: `Content-Type is \`${contentType || "(none)"}\`, not multipart/form-data.` };
  if (boundary === null) return { ok: false, kind: "malformed", detail: "The Content-Type has no boundary parameter (or one longer than 70 characters)." };
  const delimiter = encoder.encode(`--${boundary}`);
  const findDelimiter = createByteSearch(encoder.encode(`\r\n--${boundary}`));

  let at = body.length >= delimiter.length && startsWithAt(body, delimiter, 0) ? 0 : findDelimiter(body, 0);
  if (at === -1) return malformed(`No \`--${boundary}\` delimiter in the body.`);
  if (at > 0) at += 2;
  const fields: PostField[] = [];
  const byName = new Map<string, string>();
  let file: PostFile | null = null;
  const ignoredAfterFile: string[] = [];

  for (;;) {
    let pos = at + delimiter.length;
    if (body[pos] === DASH && body[pos + 1] === DASH) break;
    while (body[pos] === 0x20 || body[pos] === 0x09) pos++;
    if (body[pos] !== CR || body[pos + 1] !== LF) return malformed(`A delimiter at byte ${at} is not followed by CRLF or \`--\`.`);
    const headersStart = pos + 2;
    const emptyHeaders = body[headersStart] === CR && body[headersStart + 1] === LF;
    const headersEnd = emptyHeaders ? headersStart - 2 : findHeaderEnd(body, headersStart);
    if (file === null && (headersEnd === -1 ? body.length : headersEnd) > MAX_POST_PRE_DATA_BYTES) return tooLarge();
    if (headersEnd === -1) return malformed(`The part at byte ${at} has no blank line after its headers.`);
    const contentStart = headersEnd + 4;
    const part = parsePartHeaders(emptyHeaders ? "" : utf8.decode(body.subarray(headersStart, headersEnd)));
    if (part.name === null) return malformed(`The part at byte ${at} has no Content-Disposition name.`);
    const isFile = file === null && part.name.toLowerCase() === "file";
    const end = findDelimiter(body, contentStart);
    if (file === null && !isFile && (end === -1 ? body.length : end) > MAX_POST_PRE_DATA_BYTES) return tooLarge();
    if (end === -1) return malformed(`The part at byte ${at} is not closed by \`--${boundary}\`.`);

    if (file !== null) {
      ignoredAfterFile.push(part.name);
      if (ignoredAfterFile.length >= MAX_POST_IGNORED_PARTS_LISTED) break;
    } else if (isFile) {
      file = { filename: part.filename, contentType: part.contentType, bytes: body.subarray(contentStart, end) };
    } else {
      const value = utf8.decode(body.subarray(contentStart, end));
      fields.push({ name: part.name, value });
      const lower = part.name.toLowerCase();
      if (!byName.has(lower)) byName.set(lower, value);
    }
    at = end + CRLF.length;
  }
  return { ok: true, form: { fields, byName, file, ignoredAfterFile } };
}

function startsWithAt(body: Uint8Array, prefix: Uint8Array, at: number): boolean {
  for (let i = 0; i < prefix.length; i++) if (body[at + i] !== prefix[i]) return false;
  return true;
}

function malformed(detail: string): ParseFormResult {
  return { ok: false, kind: "malformed", detail };
}

function tooLarge(): ParseFormResult {
  return { ok: false, kind: "preDataTooLarge", detail: `The fields before \`file\` are longer than ${MAX_POST_PRE_DATA_BYTES} bytes.` };
}
