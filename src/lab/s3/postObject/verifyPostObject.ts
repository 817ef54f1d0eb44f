import { formatBytes } from "../../catalogue/formatServerTimes.ts";
import { getHeaderValues } from "../../request/getHeaderValues.ts";
import type { RequestIntent } from "../../request/parseRequestIntent.ts";
import { MAX_POST_PRE_DATA_BYTES } from "../../limits.ts";
import type { CheckName, CheckResult, LabRequest, S3ObjectWrite, SigningTrace, Verdict, World } from "../../types.ts";
import { getS3Address } from "../getS3Address.ts";
import { checkPolicyConditions } from "./checkPolicyConditions.ts";
import { checkPostContentMd5 } from "./checkPostContentMd5.ts";
import { checkPostCredential } from "./checkPostCredential.ts";
import { decodePolicy } from "./decodePolicy.ts";
import { findExtraFields } from "./findExtraFields.ts";
import { getPostObjectWrite } from "./getPostObjectWrite.ts";
import { getPostSignature } from "./getPostSignature.ts";
import { getPostSuccess, type PostSuccess } from "./getPostSuccess.ts";
import { parseMultipartForm } from "./parseMultipartForm.ts";
import { parsePolicyExpiration } from "./parsePolicyExpiration.ts";
import { fromS3Catalogue, POST_ERRORS, type PostError } from "./postObjectErrors.ts";

export interface PostObjectResult {
  verdict: Verdict;
  /** What a verified upload stores, and how S3 answers it. */
  object?: S3ObjectWrite;
  success?: PostSuccess;
  /** The access key ID the form claims, once read. */
  accessKeyId: string | null;
}

const MODEL =
  "S3 POST Object order, partly known: the form (multipart, the fields before `file`), `key` and the SigV4 fields, " +
  "the credential and key (as a presigned URL's), the signature over the base64 policy, then the policy: JSON, expiration, " +
  "conditions in order, extra input fields (localstack's order; AWS checks the signature before decoding the policy, AWS-recorded).";

const SIGV4_FIELDS = ["X-Amz-Signature", "X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date"];

/**
 * S3's front door for a browser form upload (POST to a bucket, multipart/form-data, no Authorization header): reads
 * the form once, then checks in S3's order and stops at the first failure. Time is the world's; nothing throws.
 */
export function verifyPostObject(req: LabRequest, intent: RequestIntent, world: World, endpointRegion: string): PostObjectResult {
  const checks: CheckResult[] = [];
  let accessKeyId: string | null = null;
  // The server's side of the signature, for the verdict: a POST's string to sign is the base64 policy itself.
  const trace: Partial<SigningTrace> = {};
  const fail = (check: CheckName, error: PostError, summary: string, fix: string): PostObjectResult => {
    checks.push({ check, passed: false, detail: summary });
    return { verdict: { ...failure(error, check, summary, fix, checks), server: trace }, accessKeyId };
  };
  const pass = (check: CheckName, detail: string) => checks.push({ check, passed: true, detail });

  const parsed = parseMultipartForm(req.body, getHeaderValues(req, "content-type")[0] ?? "");
  if (!parsed.ok) {
    if (parsed.kind === "notMultipart") return fail("protocol", POST_ERRORS.notMultipart(), `A POST to a bucket is a form upload, and ${parsed.detail}`, "Send the form as multipart/form-data (a FormData body; let the browser or client set the boundary).");
    if (parsed.kind === "preDataTooLarge") return fail("protocol", POST_ERRORS.preDataTooLarge(MAX_POST_PRE_DATA_BYTES), parsed.detail, `Keep the fields before \`file\` under ${MAX_POST_PRE_DATA_BYTES} bytes, and put \`file\` last.`);
    return fail("protocol", POST_ERRORS.malformed(), `The body is not well-formed multipart/form-data: ${parsed.detail}`, "Let FormData (or your HTTP client's multipart encoder) build the body, and do not set Content-Type by hand: the boundary must match the body's.");
  }
  const form = parsed.form;
  const ignored = form.ignoredAfterFile.length > 0 ? ` S3 ignores the fields after \`file\`: ${form.ignoredAfterFile.join(", ")}.` : "";
  pass("protocol", `A multipart form with ${form.fields.length} field(s) before \`file\`.${ignored}`);

  const policyField = form.byName.get("policy");
  const sigFields = SIGV4_FIELDS.filter((f) => form.byName.has(f.toLowerCase()));
  // An empty key counts as none (localstack's validate_post_policy, matching its AWS-recorded snapshots).
  const hasKey = (form.byName.get("key") ?? "") !== "";
  if (policyField === undefined && sigFields.length === 0 && !form.byName.has("awsaccesskeyid")) {
    if (!hasKey) return fail("authSyntax", POST_ERRORS.missingField("key"), `The form has no \`key\` field before \`file\`.${ignored}`, "Send `key` (and every other field) before `file`: S3 ignores what follows the file.");
    return fail("authorization", POST_ERRORS.anonymous(), "The form carries no policy and no signature, so S3 treats it as an anonymous upload, which a private bucket refuses.", "Send the fields of a presigned POST (policy, x-amz-signature, x-amz-credential, x-amz-date, x-amz-algorithm) before `file`.");
  }
  if (!hasKey) return fail("authSyntax", POST_ERRORS.missingField("key"), `The form has no \`key\` field before \`file\`.${ignored}`, "Send `key` (and every other field) before `file`: S3 ignores what follows the file.");
  if (sigFields.length === 0 && (form.byName.has("awsaccesskeyid") || form.byName.has("signature"))) {
    return fail("authSyntax", fromS3Catalogue("sigv2QueryAuth", {}), "The form is signed with Signature Version 2 (AWSAccessKeyId and signature fields), which the lab models as refused, as S3 refuses it for buckets created since 2020.",
      "Sign the POST with SigV4: boto3 `Config(signature_version='s3v4')`, or `createPresignedPost` from @aws-sdk/s3-presigned-post.");
  }
  const missing = SIGV4_FIELDS.find((f) => !form.byName.has(f.toLowerCase()));
  if (missing !== undefined) return fail("authSyntax", POST_ERRORS.missingField(missing), `The form has no \`${missing}\` field before \`file\`.${ignored}`, "Send every field the presigned POST returned, before `file`.");
  if (policyField === undefined) return fail("authSyntax", POST_ERRORS.missingField("Policy"), `The form has no \`policy\` field before \`file\`.${ignored}`, "Send the policy field the presigned POST returned, before `file`.");
  if (form.file === null) return fail("authSyntax", POST_ERRORS.missingFile(), "The form has no `file` field.", "Append the file last, as a field named `file` (one file per POST).");
  pass("authSyntax", "The form has key, policy, the SigV4 fields and a file.");

  // The credential must name the bucket's region (a bucket the world does not list is in the endpoint's region).
  const { bucket } = getS3Address(intent.host, intent.path);
  const bucketRegion = world.buckets?.find((b) => b.name === bucket)?.region ?? endpointRegion;
  const credential = checkPostCredential(form, world, bucketRegion);
  if (!credential.ok) return fail(credential.error.code === "InvalidAccessKeyId" ? "accessKey" : credential.error.code.includes("Token") ? "sessionToken" : "credentialScope", credential.error, credential.summary, credential.fix);
  accessKeyId = credential.credential.accessKeyId;
  pass("accessKey", `Access key \`${accessKeyId}\` is known and active (${credential.credential.identity.kind}).`);

  const { signature: expected, signingKeyChain } = getPostSignature(policyField, credential.credential);
  Object.assign(trace, { stringToSign: policyField, signature: expected, signingKeyChain, credentialScope: form.byName.get("x-amz-credential")!.split("/").slice(1).join("/") });
  const provided = form.byName.get("x-amz-signature") ?? "";
  if (provided !== expected) {
    return fail("signature", POST_ERRORS.signatureMismatch(accessKeyId, policyField, provided, formatBytes(policyField)),
      "The x-amz-signature is not the HMAC of this policy under this key: the policy field was changed after signing, or another secret signed it.",
      "Send the policy and x-amz-signature exactly as the presigned POST returned them; to change a field's value, change the conditions and sign again.");
  }
  pass("signature", "x-amz-signature is the HMAC of the policy.");

  const policy = decodePolicy(policyField);
  if (!policy) return fail("authorization", POST_ERRORS.invalidJson(), "The policy field is not base64 of a JSON object with a `conditions` array.", "Sign base64(JSON.stringify({ expiration, conditions })), or let an SDK build it (`generate_presigned_post`, `createPresignedPost`).");
  const expiresAt = policy.expiration === undefined ? null : parsePolicyExpiration(policy.expiration);
  if (policy.expiration !== undefined && expiresAt === null) return fail("authorization", POST_ERRORS.invalidExpiration(), `The policy's expiration \`${policy.expiration}\` is not an ISO 8601 UTC time.`, "Write expiration as 2026-01-15T12:00:00.000Z.");
  if (expiresAt !== null && world.now.getTime() >= expiresAt.getTime()) {
    return fail("presignExpiry", POST_ERRORS.expired(), `The policy expired at ${policy.expiration}; S3's clock says ${world.now.toISOString()}.`, "Create a new presigned POST when the page or form is shown, with an expiry that covers how long the user may take.");
  }
  pass("presignExpiry", policy.expiration === undefined ? "The policy has no expiration." : `The policy is valid until ${policy.expiration}.`);

  const condition = checkPolicyConditions(policy.conditions, form, { bucket, fileSize: form.file.bytes.length });
  if (condition) return fail("authorization", condition.error, `The policy condition ${condition.condition} does not hold: ${condition.found}`, "Send the field values the policy was signed for, or sign a policy whose conditions allow what the form sends.");
  const extra = findExtraFields(policy.conditions, form);
  if (extra.length > 0) {
    return fail("authorization", POST_ERRORS.extraField(extra[0]!), `The form sends ${extra.map((n) => `\`${n}\``).join(", ")}, which no policy condition names (S3 names one of them).`,
      "Add a condition for each field the form sends (an eq, or starts-with with \"\" to allow any value), or stop sending it; fields named x-ignore-* are exempt.");
  }
  pass("authorization", `All ${policy.conditions.length} policy condition(s) hold, and every field is in the policy.`);
  const md5 = checkPostContentMd5(form.byName.get("content-md5"), form.file.bytes);
  if (md5) return fail("payloadHash", md5.error, md5.summary, "Compute Content-MD5 as base64 of the file's raw 16-byte MD5, over exactly the bytes sent.");

  const object = getPostObjectWrite(form, bucket);
  return { verdict: { ...success(checks), server: trace }, object, success: getPostSuccess(form), accessKeyId };
}

function failure(error: PostError, check: CheckName, summary: string, fix: string, checks: CheckResult[]): Verdict {
  return {
    outcome: error.code,
    status: error.status,
    message: error.message,
    failedCheck: check,
    catalogueId: null,
    confidence: error.confidence,
    explanation: { summary, fix, model: `${MODEL} Source of this answer: ${error.source}.` },
    checks,
    server: {},
    extras: error.extras,
  };
}

function success(checks: CheckResult[]): Verdict {
  return {
    outcome: "ok",
    status: 200,
    message: "",
    failedCheck: null,
    catalogueId: null,
    confidence: null,
    explanation: { summary: "Amazon S3 accepted the form upload: the signature matches the policy and every condition holds.", fix: "Nothing to fix.", model: MODEL },
    checks,
    server: {},
    extras: [],
  };
}
