import type { Identity, S3Bucket, World } from "../types.ts";

/**
 * The five identities of issue 3's table, documented in the README: tests, the mock endpoint and readers rely on
 * them, so change neither a value nor the order.
 */
export const DEFAULT_IDENTITIES: readonly Identity[] = [
  { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", kind: "long-term", status: "active", arn: "arn:aws:iam::123456789012:user/sigfix-example" },
  { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", kind: "long-term", status: "active", arn: "arn:aws:iam::123456789012:user/sigfix-docs" },
  { accessKeyId: "AKIAI44QH8DHBEXAMPLE", secretAccessKey: "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY", kind: "long-term", status: "inactive", arn: "arn:aws:iam::123456789012:user/sigfix-deactivated" },
  {
    accessKeyId: "ASIASIGFIXVALID00001",
    secretAccessKey: "sigfixValidTemporarySecretKeyEXAMPLE0001",
    sessionToken: "sigfix-valid-session-token-EXAMPLE",
    kind: "temporary",
    status: "active",
    expiresAt: "2099-01-01T00:00:00Z",
    tokenVersion: 2,
    arn: "arn:aws:sts::123456789012:assumed-role/sigfix-role/valid-session",
  },
  {
    accessKeyId: "ASIASIGFIXEXPIRED001",
    secretAccessKey: "sigfixExpiredTemporarySecretKeyEXAMPLE01",
    sessionToken: "sigfix-expired-session-token-EXAMPLE",
    kind: "temporary",
    status: "active",
    expiresAt: "2020-01-01T00:00:00Z",
    tokenVersion: 2,
    arn: "arn:aws:sts::123456789012:assumed-role/sigfix-role/expired-session",
  },
];

/**
 * Regions that must be enabled by hand, where version-1 (global-endpoint) STS tokens fail.
 * Sure (a capture in ../shared/reference §10.3 or §4.1): af-south-1, ap-east-1, eu-south-1, ap-southeast-4,
 * me-central-1, eu-south-2. From AWS's "Regions that require opt-in" list, not in the catalogue: the rest.
 */
export const DEFAULT_OPT_IN_REGIONS: readonly string[] = [
  "af-south-1",
  "ap-east-1",
  "eu-south-1",
  "ap-southeast-4",
  "me-central-1",
  "eu-south-2",
  "me-south-1",
  "ap-southeast-3",
  "ap-south-2",
  "eu-central-2",
  "il-central-1",
  "ca-west-1",
  "mx-central-1",
  "ap-southeast-5",
  "ap-southeast-7",
];

/**
 * The lab's buckets: `sigfix-example` (the sample object's) in us-east-1 and `sigfix-example-eu` in eu-west-1, for
 * the wrong-region redirects, and `sigfix-example-new` in eu-west-1, just created (307 on its global name).
 * Documented in the README; do not rename.
 */
export const DEFAULT_BUCKETS: readonly S3Bucket[] = [
  { name: "sigfix-example", region: "us-east-1" },
  { name: "sigfix-example-eu", region: "eu-west-1" },
  // Created minutes ago: its global name still reaches us-east-1, which answers 307 (the new-bucket-global-name fault).
  { name: "sigfix-example-new", region: "eu-west-1", dnsPending: true },
];

/** The built-in world at a given server time. */
export function createDefaultWorld(now: Date): World {
  return {
    now,
    identities: DEFAULT_IDENTITIES.map((i) => ({ ...i })),
    optInRegions: [...DEFAULT_OPT_IN_REGIONS],
    buckets: DEFAULT_BUCKETS.map((b) => ({ ...b })),
  };
}
