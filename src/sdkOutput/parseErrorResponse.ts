import type { ParsedError, SdkFailure } from "./types.ts";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML text content with the five named entities and numeric references decoded. */
function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== "#") return ENTITIES[ref] ?? whole;
    const cp = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
  });
}

/** The text of the first `<Name>…</Name>` in an XML body (null when absent or holding markup): index scans, no RegExp. */
function xmlElement(body: string, name: string): string | null {
  const open = `<${name}>`;
  const start = body.indexOf(open);
  if (start < 0) return null;
  const end = body.indexOf(`</${name}>`, start + open.length);
  if (end < 0) return null;
  const inner = body.slice(start + open.length, end);
  return inner.includes("<") ? null : decodeXml(inner);
}

function jsonObject(body: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(body);
    return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
/** "aws.protocoltests#Code:http://…" → "Code", as botocore and smithy-typescript sanitise an error type. */
const sanitizeCode = (code: string) => code.split(":", 1)[0]!.split("#").at(-1)!;

/** A response header's value by case-insensitive name. */
export function getHeader(headers: SdkFailure["headers"], name: string): string | null {
  const lower = name.toLowerCase();
  for (const [k, v] of headers) if (k.toLowerCase() === lower) return v;
  return null;
}

/**
 * Reads the error code, message and ids from the response as the SDKs' parsers do (botocore/parsers.py
 * BaseJSONParser, RestJSONParser, QueryParser, RestXMLParser `_do_error_parse`; aws-sdk-js-v3
 * packages/core/src/submodules/protocols loadRestJsonErrorCode / loadJsonRpcErrorCode / loadQueryErrorCode).
 * A body without a code (a HEAD answer) falls back to the status, as botocore's `_parse_error_from_http_status`.
 */
export function parseErrorResponse(f: SdkFailure): ParsedError {
  const h = (name: string) => getHeader(f.headers, name);
  const dateMs = Date.parse(h("date") ?? "");
  let code: string | null = null;
  let message: string | null = null;
  let requestId = h("x-amzn-requestid") ?? h("x-amz-request-id");
  let serverTimeMs = Number.isFinite(dateMs) ? dateMs : null;
  switch (f.protocol) {
    case "awsJson1_0":
    case "awsJson1_1":
    case "dynamodbLocal":
    case "restJson1": {
      const body = jsonObject(f.body);
      const type = f.protocol === "restJson1" ? (h("x-amzn-errortype") ?? str(body.code) ?? str(body.Code)) : null;
      code = type ?? str(body.__type) ?? str(body.code) ?? str(body.Code);
      message = str(body.message) ?? str(body.Message);
      break;
    }
    case "awsQuery":
    case "ec2Query":
      code = xmlElement(f.body, "Code");
      message = xmlElement(f.body, "Message");
      requestId = requestId ?? xmlElement(f.body, "RequestId") ?? xmlElement(f.body, "RequestID");
      break;
    case "restXml": {
      code = xmlElement(f.body, "Code");
      message = xmlElement(f.body, "Message");
      requestId = requestId ?? xmlElement(f.body, "RequestId");
      // The JS v3 signer prefers S3's <ServerTime> to the Date header (@aws-sdk/core AwsSdkSigV4Signer.errorHandler).
      const serverTime = Date.parse(xmlElement(f.body, "ServerTime") ?? "");
      if (Number.isFinite(serverTime)) serverTimeMs = serverTime;
      break;
    }
  }
  const noBody = f.body.length === 0;
  return {
    code: code !== null ? sanitizeCode(code) : noBody ? String(f.status) : f.code || String(f.status),
    message: message ?? "",
    hasMessage: message !== null,
    requestId,
    hostId: f.protocol === "restXml" ? (h("x-amz-id-2") ?? xmlElement(f.body, "HostId")) : null,
    serverTimeMs,
    bodyless: noBody,
    endpoint: f.protocol === "restXml" ? xmlElement(f.body, "Endpoint") : null,
    bucketRegion: h("x-amz-bucket-region"),
    errorRegion: f.protocol === "restXml" ? xmlElement(f.body, "Region") : null,
  };
}
