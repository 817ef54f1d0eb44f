import { ALGORITHM } from "../../constants.ts";
import type { Identity, World } from "../../types.ts";
import { parseAmzDate } from "../../sigv4/parseAmzDate.ts";
import { fromS3Catalogue, POST_ERRORS, type PostError } from "./postObjectErrors.ts";
import type { PostForm } from "./types.ts";

export interface PostCredential {
  identity: Identity;
  accessKeyId: string;
  shortDate: string;
  region: string;
  service: string;
}

export type CredentialResult = { ok: true; credential: PostCredential } | { ok: false; error: PostError; summary: string; fix: string };

/**
 * The form's SigV4 fields, read like a presigned URL's query (the S3 API reference's "Authenticating Requests in
 * Browser-Based Uploads Using POST"): the algorithm, a five-part `x-amz-credential` scoped to the endpoint's region
 * (the bucket's) and `s3`, `x-amz-date` in basic ISO 8601, a known active key, and the session token of temporary credentials in
 * `x-amz-security-token`.
 */
export function checkPostCredential(form: PostForm, world: World, bucketRegion: string): CredentialResult {
  const fail = (error: PostError, summary: string, fix: string): CredentialResult => ({ ok: false, error, summary, fix });
  const algorithm = form.byName.get("x-amz-algorithm") ?? "";
  if (algorithm !== ALGORITHM) {
    return fail(fromS3Catalogue("unsupportedAlgorithm", { algorithm }), `The form's x-amz-algorithm is \`${algorithm}\`, not ${ALGORITHM}.`,
      `Send x-amz-algorithm = ${ALGORITHM}, exactly as the presigned POST returned it.`);
  }
  const credential = form.byName.get("x-amz-credential") ?? "";
  const parts = credential.split("/");
  if (parts.length !== 5 || parts[4] !== "aws4_request" || parts[0] === "") {
    return fail(fromS3Catalogue("credentialMalformed", { credential }), `The form's x-amz-credential \`${credential}\` is not KEY/DATE/REGION/s3/aws4_request.`,
      "Send the x-amz-credential field the presigned POST returned, unchanged.");
  }
  const [accessKeyId, shortDate, region, service] = parts as [string, string, string, string, string];
  if (region !== bucketRegion) {
    return fail(POST_ERRORS.wrongRegion(region, bucketRegion, credential),
      `The POST was signed for \`${region}\`, but the bucket is in \`${bucketRegion}\`.`,
      `Create the presigned POST with a client for the bucket's region (\`region_name='${bucketRegion}'\`, \`new S3Client({ region: '${bucketRegion}' })\`).`);
  }
  if (service !== "s3") {
    return fail(fromS3Catalogue("credentialScope", { scope: { service }, expectedService: "s3" }), `The credential is scoped to \`${service}\`, not s3.`,
      "Sign the POST policy for the s3 service.");
  }
  const date = form.byName.get("x-amz-date") ?? "";
  if (!parseAmzDate(date)) {
    return fail(fromS3Catalogue("dateFormat", { requestDate: date }), `The form's x-amz-date \`${date}\` is not yyyyMMddTHHmmssZ.`,
      "Send x-amz-date as the presigned POST returned it (basic ISO 8601, UTC).");
  }
  const identity = world.identities.find((i) => i.accessKeyId === accessKeyId);
  const token = form.byName.get("x-amz-security-token");
  if (!identity || identity.status === "inactive" || (identity.kind === "temporary" && token === undefined)) {
    const why = !identity ? "does not exist" : identity.status === "inactive" ? "is deactivated" : "is a temporary (ASIA) key, and the form has no x-amz-security-token field";
    return fail(fromS3Catalogue("unknownAccessKey", { accessKeyId }), `The access key ID \`${accessKeyId}\` ${why}.`,
      identity?.kind === "temporary"
        ? "Send the session token as the x-amz-security-token field (and keep it in the policy's conditions); botocore and the JS SDK add both when the credentials have a token."
        : "Sign the POST with an active key of the bucket's account.");
  }
  if (token !== undefined) {
    const owner = world.identities.find((i) => i.sessionToken === token);
    if (!owner || owner.accessKeyId !== accessKeyId) {
      return fail(fromS3Catalogue("invalidSessionToken", { sessionToken: token, accessKeyId }), "The x-amz-security-token field is not the session token of this access key.",
        "Send the key, secret and token of one set of temporary credentials; long-term (AKIA) keys take no token.");
    }
    if (owner.expiresAt !== undefined && world.now.getTime() >= Date.parse(owner.expiresAt)) {
      return fail(fromS3Catalogue("expiredSessionToken", { sessionToken: token, accessKeyId }), `The temporary credentials that signed the POST expired at ${owner.expiresAt}.`,
        "A presigned POST dies with the session that signed it: sign it with fresh credentials, or with credentials that outlive the policy's expiration.");
    }
  }
  return { ok: true, credential: { identity, accessKeyId, shortDate, region, service } };
}
