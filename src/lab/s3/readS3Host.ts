/** What an AWS S3 host name says: the bucket in front (virtual-hosted), the region it names, and how it is routed. */
export interface S3Host {
  /** The bucket of a virtual-hosted name ("" for `s3.…` path-style hosts). Dotted names keep their dots. */
  bucket: string;
  /** The region the name carries; undefined for the global `s3.amazonaws.com` and for Transfer Acceleration. */
  region?: string;
  /**
   * `global`: `s3.amazonaws.com`, whose DNS sends a virtual-hosted name to the bucket's region (path-style requests
   * land in us-east-1). `accelerate`: `s3-accelerate[.dualstack]`, an edge that forwards to the bucket's region.
   * `regional`: any name with a region, including the legacy `s3-<region>` and `s3-external-1` forms.
   */
  routing: "global" | "regional" | "accelerate";
  dualstack: boolean;
  fips: boolean;
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/**
 * Reads `[bucket.]<s3 label>[.dualstack][.<region>].amazonaws.com[.cn]`, where the S3 label is `s3`, `s3-fips`,
 * `s3-accelerate`, `s3-external-1` (us-east-1) or a legacy `s3-<region>` / `s3-fips-<region>`
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/VirtualHosting.html and the legacy-endpoint list in
 * https://docs.aws.amazon.com/general/latest/gr/s3.html). Undefined for any other host (access points, the mock's
 * `bucket.localhost`, an IP). The host comes lower-cased and without its port.
 */
export function readS3Host(host: string): S3Host | undefined {
  const bare = host.endsWith(".amazonaws.com") ? host.slice(0, -".amazonaws.com".length)
    : host.endsWith(".amazonaws.com.cn") ? host.slice(0, -".amazonaws.com.cn".length) : undefined;
  if (bare === undefined) return undefined;
  const labels = bare.split(".");
  let region = REGION.test(labels.at(-1) ?? "") ? labels.pop() : undefined;
  const dualstack = labels.at(-1) === "dualstack";
  if (dualstack) labels.pop();
  const label = labels.pop() ?? "";
  const bucket = labels.join(".");
  if (label === "s3-accelerate") return region === undefined ? { bucket, routing: "accelerate", dualstack, fips: false } : undefined;
  let fips = false;
  let rest = label;
  if (rest === "s3") rest = "";
  else if (rest === "s3-fips") { rest = ""; fips = true; }
  else if (rest.startsWith("s3-fips-")) { rest = rest.slice("s3-fips-".length); fips = true; }
  else if (rest.startsWith("s3-")) rest = rest.slice("s3-".length);
  else return undefined;
  if (rest === "external-1") rest = "us-east-1";
  if (rest !== "") {
    if (region !== undefined || !REGION.test(rest)) return undefined;
    region = rest;
  }
  return region === undefined ? { bucket, routing: "global", dualstack, fips } : { bucket, region, routing: "regional", dualstack, fips };
}
