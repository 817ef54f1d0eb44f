import type { LabRequest, RawHeader } from "../types.ts";
import { HTTP_WHITESPACE, trimChars, trimEndChars, trimStartChars } from "../text/trimChars.ts";

export type ParseRawRequestResult =
  | { ok: true; request: LabRequest }
  | { ok: false; error: string; line?: number };

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const VERSION = /^HTTP\/\d(\.\d)?$/;

/**
 * Parses a raw HTTP/1.1 request leniently, the way the SigV4 test suite writes them and real clients send them:
 * CRLF or LF line ends, `Name:value` with or without a space, obs-fold continuation lines (kept in the value with
 * their line break, as received), repeated headers in arrival order, raw unencoded request-targets (a literal
 * space or UTF-8 in the path). Everything after the first blank line is the body, byte for byte.
 */
export function parseRawRequest(text: string | Uint8Array): ParseRawRequestResult {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  const { head, body } = splitHeadAndBody(bytes);
  const lines = splitLines(new TextDecoder().decode(head));
  let first = 0;
  while (first < lines.length && lines[first]!.text === "") first++;
  if (first === lines.length) return { ok: false, error: "The request is empty: expected a request line such as `GET / HTTP/1.1`." };

  const requestLine = parseRequestLine(lines[first]!.text);
  if (typeof requestLine === "string") return { ok: false, error: requestLine, line: first + 1 };

  const headers: RawHeader[] = [];
  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i]!.text;
    if (line === "") continue;
    if (line[0] === " " || line[0] === "\t") {
      const previous = headers[headers.length - 1];
      if (!previous) return { ok: false, error: "A continuation line (starting with a space) comes before any header.", line: i + 1 };
      previous.value = previous.value + lines[i - 1]!.eol + trimEndChars(line, HTTP_WHITESPACE);
      continue;
    }
    const colon = line.indexOf(":");
    if (colon < 0) return { ok: false, error: `Header line \`${line}\` has no colon: expected \`Name: value\`.`, line: i + 1 };
    const name = line.slice(0, colon);
    if (!TOKEN.test(name)) return { ok: false, error: `Header name \`${name}\` is not a valid HTTP token (no spaces or separators allowed).`, line: i + 1 };
    headers.push({ name, value: trimChars(line.slice(colon + 1), HTTP_WHITESPACE) });
  }
  return { ok: true, request: { ...requestLine, headers, body } };
}

function parseRequestLine(line: string): { method: string; target: string; httpVersion: string } | string {
  const firstSpace = line.indexOf(" ");
  if (firstSpace <= 0) return `The request line \`${line}\` has no target: expected \`METHOD /path HTTP/1.1\`.`;
  const method = line.slice(0, firstSpace);
  if (!TOKEN.test(method)) return `The method \`${method}\` is not a valid HTTP token.`;
  let rest = trimStartChars(line.slice(firstSpace + 1), " ");
  let httpVersion = "HTTP/1.1";
  const lastSpace = rest.lastIndexOf(" ");
  if (lastSpace >= 0 && VERSION.test(rest.slice(lastSpace + 1))) {
    httpVersion = rest.slice(lastSpace + 1);
    rest = rest.slice(0, lastSpace);
  }
  const target = trimEndChars(rest, " ");
  if (target === "") return `The request line \`${line}\` has no target: expected \`METHOD /path HTTP/1.1\`.`;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
    return `The request target \`${target}\` is a full URL: write only the path (and query) on the request line, and the host in a \`Host:\` header.`;
  }
  if (!target.startsWith("/") && target !== "*") {
    return `The request target \`${target}\` does not start with \`/\`: expected \`METHOD /path HTTP/1.1\`.`;
  }
  return { method, target, httpVersion };
}

/** Finds the first blank line (CRLF or LF) at byte level, so the body keeps its exact bytes. */
function splitHeadAndBody(bytes: Uint8Array): { head: Uint8Array; body: Uint8Array } {
  let lineStart = 0;
  let seenContent = false;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0x0a) continue;
    const blank = i === lineStart || (i === lineStart + 1 && bytes[lineStart] === 0x0d);
    if (blank && seenContent) return { head: bytes.subarray(0, lineStart), body: bytes.slice(i + 1) };
    if (!blank) seenContent = true;
    lineStart = i + 1;
  }
  return { head: bytes, body: new Uint8Array(0) };
}

function splitLines(text: string): Array<{ text: string; eol: string }> {
  const out: Array<{ text: string; eol: string }> = [];
  let start = 0;
  while (start < text.length) {
    const lf = text.indexOf("\n", start);
    if (lf < 0) {
      out.push({ text: text.slice(start), eol: "" });
      break;
    }
    const cr = lf > start && text[lf - 1] === "\r";
    out.push({ text: text.slice(start, cr ? lf - 1 : lf), eol: cr ? "\r\n" : "\n" });
    start = lf + 1;
  }
  return out;
}
