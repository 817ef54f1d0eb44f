const REGION = /^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d+$/;
const GLOBAL: Record<string, string> = { "sts.amazonaws.com": "us-east-1", "iam.amazonaws.com": "us-east-1", "s3.amazonaws.com": "us-east-1" };

/** Whether a string has the shape of an AWS region name (`eu-west-1`, `us-gov-west-1`), not an AZ or a label. */
export const isRegionName = (s: string) => REGION.test(s);

/**
 * The endpoint prefix and region an AWS host name carries: `dynamodb.eu-west-1.amazonaws.com`,
 * `bucket.s3.eu-west-1.amazonaws.com`, `bucket.s3-eu-west-1.amazonaws.com`, global `sts.amazonaws.com`.
 * Empty for hosts that are not AWS endpoints (localhost, a proxy) or carry no region (`bucket.s3.amazonaws.com`).
 */
export function parseAwsHost(host: string): { service?: string; region?: string } {
  const h = host.trim().toLowerCase().replace(/:\d+$/, "").replace(/\.$/, "");
  if (Object.hasOwn(GLOBAL, h)) return { service: h.split(".")[0]!, region: GLOBAL[h]! };
  if (!/\.amazonaws\.com(\.cn)?$/.test(h)) return {};
  const labels = h.split(".");
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (isRegionName(label)) return { ...(i > 0 ? { service: labels[i - 1]! } : {}), region: label };
    const dashed = /^s3-(.+)$/.exec(label);
    if (dashed && isRegionName(dashed[1]!)) return { service: "s3", region: dashed[1]! };
  }
  return labels.includes("s3") ? { service: "s3" } : {};
}
