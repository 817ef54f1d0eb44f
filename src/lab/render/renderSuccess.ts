import type { LabResponse } from "../types.ts";
import { createRequestId } from "./createRequestId.ts";
import { createResponse } from "./createResponse.ts";
import { escapeXml } from "./escapeXml.ts";
import { formatHttpDate } from "./formatHttpDate.ts";
import { getCrc32 } from "./getCrc32.ts";
import type { RenderContext } from "./types.ts";

/** Who the caller is, for STS GetCallerIdentity. */
export interface CallerInfo {
  accessKeyId?: string;
  arn?: string;
}

const DEFAULT_ARN = "arn:aws:iam::123456789012:user/sigfix-example";
const S3_XMLNS = "http://s3.amazonaws.com/doc/2006-03-01/";
/** The one object the lab's S3 serves for any GetObject. */
export const SAMPLE_OBJECT_BODY = "Hello from the sigfix lab.\n";

/** An operation name as an XML element name: the client's Action is untrusted text. */
function elementName(operation: string): string {
  return /^[A-Za-z][A-Za-z0-9]{0,127}$/.test(operation) ? operation : "Unknown";
}

function getCallerIdentityBody(ctx: RenderContext, caller: CallerInfo): string {
  const arn = caller.arn ?? DEFAULT_ARN;
  const account = arn.split(":")[4] || "123456789012";
  const seed = caller.accessKeyId ?? arn;
  const assumed = /:assumed-role\/[^/]+\/(.+)$/.exec(arn);
  const uniqueId = createRequestId(seed, "dynamodb").slice(0, 17);
  const userId = assumed ? `AROA${uniqueId}:${assumed[1]}` : `AIDA${uniqueId}`;
  const xmlns = ctx.service.xmlns ?? "https://sts.amazonaws.com/doc/2011-06-15/";
  return (
    `<GetCallerIdentityResponse xmlns="${xmlns}">\n` +
    `  <GetCallerIdentityResult>\n` +
    `    <Arn>${escapeXml(arn)}</Arn>\n` +
    `    <UserId>${escapeXml(userId)}</UserId>\n` +
    `    <Account>${escapeXml(account)}</Account>\n` +
    `  </GetCallerIdentityResult>\n` +
    `  <ResponseMetadata>\n` +
    `    <RequestId>${ctx.requestId}</RequestId>\n` +
    `  </ResponseMetadata>\n` +
    `</GetCallerIdentityResponse>\n`
  );
}

function renderQuerySuccess(ctx: RenderContext, operation: string, caller: CallerInfo): LabResponse {
  const xmlns = ctx.service.xmlns ?? "";
  const body =
    operation === "GetCallerIdentity"
      ? getCallerIdentityBody(ctx, caller)
      : `<${elementName(operation)}Response xmlns="${escapeXml(xmlns)}">\n  <${elementName(operation)}Result/>\n  <ResponseMetadata>\n    <RequestId>${ctx.requestId}</RequestId>\n  </ResponseMetadata>\n</${elementName(operation)}Response>\n`;
  const headers: Array<[string, string]> = [
    ["x-amzn-RequestId", ctx.requestId],
    ["Content-Type", "text/xml"],
    ["Content-Length", ""],
    ["Date", formatHttpDate(ctx.serverNow)],
  ];
  return createResponse(200, headers, body);
}

function renderS3Success(ctx: RenderContext, operation: string): LabResponse {
  const date = formatHttpDate(ctx.serverNow);
  const head: Array<[string, string]> = [["x-amz-request-id", ctx.requestId], ["x-amz-id-2", ctx.hostId]];
  if (operation === "GetObject" || operation === "HeadObject") {
    const etag = `"${getCrc32(SAMPLE_OBJECT_BODY).toString(16).padStart(8, "0").repeat(4)}"`;
    const isHead = ctx.method.toUpperCase() === "HEAD";
    return createResponse(200, [
      ...head,
      ["Date", date],
      ["Last-Modified", "Mon, 01 Jan 2024 00:00:00 GMT"],
      ["ETag", etag],
      ["Accept-Ranges", "bytes"],
      ["Content-Type", "text/plain"],
      ["Content-Length", ""],
      ["Server", "AmazonS3"],
    ], isHead ? "" : SAMPLE_OBJECT_BODY, { contentLength: new TextEncoder().encode(SAMPLE_OBJECT_BODY).length });
  }
  const body = operation === "ListObjectsV2" ? listObjectsBody() : listBucketsBody(ctx);
  return createResponse(200, [
    ...head,
    ["Date", date],
    ["Content-Type", "application/xml"],
    ["Content-Length", ""],
    ["Server", "AmazonS3"],
  ], body);
}

/** The lab's one bucket holds the one object GetObject serves. */
function listObjectsBody(): string {
  const size = new TextEncoder().encode(SAMPLE_OBJECT_BODY).length;
  const etag = getCrc32(SAMPLE_OBJECT_BODY).toString(16).padStart(8, "0").repeat(4);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<ListBucketResult xmlns="${S3_XMLNS}"><Name>sigfix-example</Name><Prefix></Prefix><KeyCount>1</KeyCount>` +
    `<MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated><Contents><Key>hello.txt</Key>` +
    `<LastModified>2024-01-01T00:00:00.000Z</LastModified><ETag>&quot;${etag}&quot;</ETag><Size>${size}</Size>` +
    `<StorageClass>STANDARD</StorageClass></Contents></ListBucketResult>`
  );
}

function listBucketsBody(ctx: RenderContext): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<ListAllMyBucketsResult xmlns="${S3_XMLNS}"><Owner><ID>${createRequestId(ctx.hostId, "s3").toLowerCase()}</ID></Owner>` +
    `<Buckets><Bucket><Name>sigfix-example</Name><CreationDate>2024-01-01T00:00:00.000Z</CreationDate></Bucket></Buckets>` +
    `</ListAllMyBucketsResult>`
  );
}

function renderJsonSuccess(ctx: RenderContext, operation: string): LabResponse {
  const date = formatHttpDate(ctx.serverNow);
  switch (ctx.protocol ?? ctx.service.protocol) {
    case "awsJson1_0":
    case "dynamodbLocal": {
      if ((ctx.protocol ?? ctx.service.protocol) === "awsJson1_0" && ctx.service.jsonHeaders !== "dynamodb") return jsonSuccess(ctx, "1.0");
      const body = operation === "ListTables" ? JSON.stringify({ TableNames: ["sigfix-example"] }) : "{}";
      return createResponse(200, [
        ["x-amzn-RequestId", ctx.requestId],
        ["X-Amz-Crc32", String(getCrc32(body))],
        ["Content-Type", "application/x-amz-json-1.0"],
        ["Content-Length", ""],
        ["Date", date],
        ...((ctx.protocol ?? ctx.service.protocol) === "awsJson1_0" ? ([["Server", "Server"]] as Array<[string, string]>) : []),
      ], body);
    }
    case "restJson1": {
      const body = operation === "ListFunctions" ? JSON.stringify({ Functions: [] }) : "{}";
      return createResponse(200, [
        ["x-amzn-RequestId", ctx.requestId],
        ["Content-Type", "application/json"],
        ["Content-Length", ""],
        ["Date", date],
      ], body);
    }
    default:
      return jsonSuccess(ctx, "1.1");
  }
}

function jsonSuccess(ctx: RenderContext, version: "1.0" | "1.1"): LabResponse {
  return createResponse(200, [
    ["x-amzn-RequestId", ctx.requestId],
    ["Content-Type", `application/x-amz-json-${version}`],
    ["Content-Length", ""],
    ["Date", formatHttpDate(ctx.serverNow)],
  ], "{}");
}

/** REST-XML services other than S3: an empty result element in the service's namespace. */
function restXmlSuccess(ctx: RenderContext, operation: string): LabResponse {
  const name = `${elementName(operation)}Response`;
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<${name} xmlns="${escapeXml(ctx.service.xmlns ?? "")}"/>`;
  return createResponse(200, [
    ["x-amzn-RequestId", ctx.requestId],
    ["Content-Type", "text/xml"],
    ["Content-Length", ""],
    ["Date", formatHttpDate(ctx.serverNow)],
  ], body);
}

/**
 * A minimal, valid success answer so a correct request visibly works: DynamoDB ListTables, STS
 * GetCallerIdentity, S3 ListBuckets / GetObject, Lambda ListFunctions; other operations get an empty result
 * of their protocol's shape.
 */
export function renderSuccess(ctx: RenderContext, operation: string, caller: CallerInfo = {}): LabResponse {
  switch (ctx.protocol ?? ctx.service.protocol) {
    case "awsQuery":
      return renderQuerySuccess(ctx, operation, caller);
    case "ec2Query": {
      const body = `<?xml version="1.0" encoding="UTF-8"?>\n<${elementName(operation)}Response xmlns="${escapeXml(ctx.service.xmlns ?? "http://ec2.amazonaws.com/doc/2016-11-15")}/"><requestId>${ctx.requestId}</requestId></${elementName(operation)}Response>`;
      return createResponse(200, [
        ["Content-Type", "text/xml;charset=UTF-8"],
        ["Content-Length", ""],
        ["Date", formatHttpDate(ctx.serverNow)],
      ], body);
    }
    case "restXml":
      return ctx.service.errorFamily === "s3" ? renderS3Success(ctx, operation) : restXmlSuccess(ctx, operation);
    default:
      return renderJsonSuccess(ctx, operation);
  }
}
