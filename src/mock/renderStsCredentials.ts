import type { Identity, LabResponse } from "./lab.ts";
import type { StsIssueOperation } from "./issueTemporaryCredentials.ts";

const XMLNS = "https://sts.amazonaws.com/doc/2011-06-15/";

/**
 * STS's success answer for GetSessionToken or AssumeRole, laid out as STS's query responses are (two-space indent,
 * no XML declaration, final newline), with the headers of the query protocol.
 */
export function renderStsCredentials(
  operation: StsIssueOperation,
  identity: Identity,
  ctx: { requestId: string; serverNow: Date; assumedRoleId?: string },
): LabResponse {
  const credentials =
    `    <Credentials>\n` +
    `      <AccessKeyId>${escapeXml(identity.accessKeyId)}</AccessKeyId>\n` +
    `      <SecretAccessKey>${escapeXml(identity.secretAccessKey)}</SecretAccessKey>\n` +
    `      <SessionToken>${escapeXml(identity.sessionToken ?? "")}</SessionToken>\n` +
    `      <Expiration>${identity.expiresAt ?? ""}</Expiration>\n` +
    `    </Credentials>\n`;
  const assumed =
    operation === "AssumeRole"
      ? `    <AssumedRoleUser>\n` +
        `      <Arn>${escapeXml(identity.arn ?? "")}</Arn>\n` +
        `      <AssumedRoleId>${escapeXml(ctx.assumedRoleId ?? "")}</AssumedRoleId>\n` +
        `    </AssumedRoleUser>\n`
      : "";
  const body =
    `<${operation}Response xmlns="${XMLNS}">\n` +
    `  <${operation}Result>\n` +
    assumed +
    credentials +
    `  </${operation}Result>\n` +
    `  <ResponseMetadata>\n` +
    `    <RequestId>${ctx.requestId}</RequestId>\n` +
    `  </ResponseMetadata>\n` +
    `</${operation}Response>\n`;
  return {
    status: 200,
    statusText: "OK",
    headers: [
      ["x-amzn-RequestId", ctx.requestId],
      ["Content-Type", "text/xml"],
      ["Content-Length", String(Buffer.byteLength(body, "utf8"))],
      ["Date", ctx.serverNow.toUTCString()],
    ],
    body,
  };
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
