import { getPastedHeader, getPastedStatus } from "./getPastedHeader.ts";
import { unescapeXml } from "./unescapeXml.ts";
import type { ParsedError } from "./types.ts";

/** Elements S3 adds to its errors, in the order the reader wants to see them. */
export const S3_EXTRA_ELEMENTS = [
  "AWSAccessKeyId",
  "Region",
  "RequestTime",
  "ServerTime",
  "MaxAllowedSkewMilliseconds",
  "X-Amz-Expires",
  "Expires",
  "HeadersNotSigned",
  "StringToSign",
  "SignatureProvided",
  "CanonicalRequest",
] as const;

export interface XmlErrorBody {
  error: ParsedError;
  /** S3's extra elements that are present, by name, unescaped. */
  extras: Record<string, string>;
}

function element(xml: string, name: string): string | undefined {
  // indexOf, not `<name>([\s\S]*?)</name>`: that rescans to the end for every unclosed tag (quadratic).
  const open = xml.indexOf(`<${name}>`);
  if (open < 0) return undefined;
  const close = xml.indexOf(`</${name}>`, open);
  return close < 0 ? undefined : unescapeXml(xml.slice(open + name.length + 2, close));
}

/**
 * An AWS XML error body: S3's `<Error>`, the query protocol's `<ErrorResponse><Error>`, EC2's
 * `<Response><Errors><Error>` (with `RequestID`), or API Gateway's `<XxxException><Message>`. Null if none.
 */
export function parseXmlErrorBody(text: string): XmlErrorBody | null {
  let code = element(text, "Code");
  const message = element(text, "Message");
  let format = "xml";
  if (/<ErrorResponse\b/.test(text)) format = "query-xml";
  else if (/<Response\b[^<>]*>\s*<Errors\b/.test(text)) format = "ec2-xml";
  else if (/<Error\b/.test(text)) format = "s3-xml";
  if (code === undefined) {
    const root = /<([A-Z][A-Za-z0-9]*(?:Exception|Error))>\s*<Message>/.exec(text);
    if (!root || message === undefined) return null;
    code = root[1];
  }
  if (code === undefined && message === undefined) return null;
  const extras: Record<string, string> = {};
  for (const name of S3_EXTRA_ELEMENTS) {
    const value = element(text, name);
    if (value !== undefined) extras[name] = value;
  }
  const token = element(text, "Token-0");
  if (token !== undefined) extras["Token-0"] = token;
  const status = getPastedStatus(text);
  const requestId = element(text, "RequestId") ?? element(text, "RequestID") ?? getPastedHeader(text, "x-amz-request-id");
  const error: ParsedError = {
    format,
    ...(code !== undefined ? { code: code.trim() } : {}),
    ...(message !== undefined ? { message } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(requestId ? { requestId } : {}),
  };
  return { error, extras };
}
