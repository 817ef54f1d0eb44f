import { createScope, formatAmzDate, getSignature, getSigningKey } from "../lab/index.ts";
import type { LabRequest } from "../lab/index.ts";
import { toBase64 } from "./base64.ts";
import { buildMultipartBody } from "./buildMultipartBody.ts";
import type { FormPartValue } from "./buildMultipartBody.ts";
import { buildPolicy } from "./buildPolicy.ts";
import { formatPolicy } from "./formatPolicy.ts";
import { EXAMPLE_ORIGIN, FORM_BOUNDARY, SIGNED_AT, WORKBENCH_CREDENTIALS } from "./constants.ts";
import { createFileBytes } from "./createFileBytes.ts";
import { getBucketHost } from "./presignPut.ts";
import { readPolicyText } from "./readPolicyText.ts";
import { showRequest } from "./showRequest.ts";
import type { FormPart, PostChoices, ShownRequest } from "./types.ts";

export interface PostForm {
  /** The policy as JSON (what was signed, decoded) and the signed fields, for the page. */
  signedText: string;
  /** The policy JSON as signed ("" when the policy field does not decode to text). */
  policyJson: string;
  sent: ShownRequest;
  problem: string | null;
}

const utf8 = new TextEncoder();

/**
 * The browser's POST upload: the policy (built from the conditions, or the reader's own), base64-encoded and
 * signed with the SigV4 signing key (signature = hex HMAC-SHA256 of the base64 policy), then every field and the
 * file as multipart/form-data in the reader's order.
 * source: https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-post-example.html and
 * https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-authentication-HTTPPOST.html ("the StringToSign is the
 * base64-encoded policy"), confirmed (botocore's generate_presigned_post signs the same way).
 */
export function buildPostForm(c: PostChoices): PostForm {
  const signedAt = new Date(SIGNED_AT);
  const { longDate: amzDate, shortDate } = formatAmzDate(signedAt);
  const scope = createScope(shortDate, c.region, "s3");
  const signing = { "x-amz-algorithm": "AWS4-HMAC-SHA256", "x-amz-credential": `${WORKBENCH_CREDENTIALS.accessKeyId}/${scope}`, "x-amz-date": amzDate };
  const built = formatPolicy(buildPolicy(c, new Date(signedAt.getTime() + c.expiresIn * 1000), signing));
  const policy = c.rawPolicy === null ? { field: toBase64(utf8.encode(built)), json: built, problem: null } : readPolicyText(c.rawPolicy);
  const key = getSigningKey(WORKBENCH_CREDENTIALS.secretAccessKey, shortDate, c.region, "s3").key;
  const signature = getSignature(key, policy.field);

  const values: Record<Exclude<FormPart, "file">, string | null> = {
    key: c.keyField,
    "Content-Type": c.contentTypeField === "" ? null : c.contentTypeField,
    "x-amz-meta": c.metaName === "" || c.metaField === "" ? null : c.metaField,
    ...signing,
    policy: policy.field,
    "x-amz-signature": signature,
  };
  const parts: FormPartValue[] = [];
  for (const part of c.order) {
    if (part === "file") parts.push({ name: "file", fileName: c.fileName, type: c.fileType, bytes: createFileBytes(c.fileSize) });
    else if (values[part] !== null) parts.push({ name: part === "x-amz-meta" ? `x-amz-meta-${c.metaName.toLowerCase()}` : part, value: values[part]! });
  }
  const form = buildMultipartBody(parts, FORM_BOUNDARY);
  const request: LabRequest = {
    method: "POST",
    target: "/",
    httpVersion: "HTTP/1.1",
    headers: [
      { name: "Host", value: getBucketHost(c.bucket, c.region) },
      { name: "Content-Type", value: `multipart/form-data; boundary=${FORM_BOUNDARY}` },
      { name: "Content-Length", value: String(form.bytes.length) },
      { name: "Origin", value: EXAMPLE_ORIGIN },
    ],
    body: form.bytes,
  };
  const signedText = `${policy.json || "(the policy field does not decode to text)"}\n\npolicy (base64): ${policy.field.slice(0, 2000)}${policy.field.length > 2000 ? "…" : ""}\nx-amz-signature: ${signature}`;
  return { signedText, policyJson: policy.json, sent: showRequest(request, form.shown), problem: policy.problem };
}
