import { createHash, createHmac } from "node:crypto";

const enc = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * A second, minimal SigV4 presigner (node:crypto) for an S3 GET, path-style, host the only signed header,
 * UNSIGNED-PAYLOAD — it signs any X-Amz-Expires, which the SDK's presigner refuses above a week.
 */
export function presignWithNodeCrypto(p: {
  endpoint: string;
  path: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  amzDate: string;
  expires: number;
}): string {
  const url = new URL(p.endpoint);
  const shortDate = p.amzDate.slice(0, 8);
  const scope = `${shortDate}/${p.region}/s3/aws4_request`;
  const query: Array<[string, string]> = [
    ["X-Amz-Algorithm", "AWS4-HMAC-SHA256"],
    ["X-Amz-Credential", `${p.accessKeyId}/${scope}`],
    ["X-Amz-Date", p.amzDate],
    ["X-Amz-Expires", String(p.expires)],
    ["X-Amz-SignedHeaders", "host"],
  ];
  const canonicalQuery = query.map(([k, v]) => `${enc(k)}=${enc(v)}`).sort().join("&");
  const canonicalRequest = ["GET", p.path, canonicalQuery, `host:${url.host}\n`, "host", "UNSIGNED-PAYLOAD"].join("\n");
  const stringToSign = ["AWS4-HMAC-SHA256", p.amzDate, scope, createHash("sha256").update(canonicalRequest).digest("hex")].join("\n");
  let key: Buffer = createHmac("sha256", `AWS4${p.secretAccessKey}`).update(shortDate).digest();
  for (const part of [p.region, "s3", "aws4_request"]) key = createHmac("sha256", key).update(part).digest();
  const signature = createHmac("sha256", key).update(stringToSign).digest("hex");
  return `${p.endpoint}${p.path}?${canonicalQuery}&X-Amz-Signature=${signature}`;
}
