import type { PostChoices } from "./types.ts";

/** The policy's expiration as botocore's generate_presigned_post writes it (`%Y-%m-%dT%H:%M:%SZ`). */
export function formatExpiration(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The fields S3 requires a SigV4 POST policy to cover, with their values (botocore adds the same three). */
export interface SigningFields {
  "x-amz-algorithm": string;
  "x-amz-credential": string;
  "x-amz-date": string;
}

/**
 * The policy document built from the reader's conditions, in the order botocore's generate_presigned_post puts
 * them: the reader's conditions, then bucket, the key rule and the three signing fields.
 * source: https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-HTTPPOSTConstructPolicy.html (expiration,
 * conditions: exact match, starts-with, content-length-range; x-amz-algorithm/credential/date required), and
 * botocore's signers.py generate_presigned_post (condition order), confirmed.
 */
export function buildPolicy(c: PostChoices, expiration: Date, signing: SigningFields): { expiration: string; conditions: unknown[] } {
  const conditions: unknown[] = [];
  if (c.contentTypeRule === "eq") conditions.push({ "Content-Type": c.contentTypeCondition });
  if (c.contentTypeRule === "starts-with") conditions.push(["starts-with", "$Content-Type", c.contentTypeCondition]);
  if (c.lengthRange) conditions.push(["content-length-range", c.lengthRange[0], c.lengthRange[1]]);
  if (c.metaName !== "" && c.metaCondition !== "") conditions.push({ [`x-amz-meta-${c.metaName.toLowerCase()}`]: c.metaCondition });
  conditions.push({ bucket: c.bucket });
  if (c.keyRule === "eq") conditions.push({ key: c.keyCondition });
  if (c.keyRule === "starts-with") conditions.push(["starts-with", "$key", c.keyCondition]);
  conditions.push({ "x-amz-algorithm": signing["x-amz-algorithm"] }, { "x-amz-credential": signing["x-amz-credential"] }, { "x-amz-date": signing["x-amz-date"] });
  return { expiration: formatExpiration(expiration), conditions };
}
