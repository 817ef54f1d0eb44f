import { formatAmzDate } from "../../sigv4/formatAmzDate.ts";
import type { LabRequest } from "../../types.ts";
import { DEFAULT_IDENTITIES } from "../../world/defaultWorld.ts";
import { getPostSignature } from "./getPostSignature.ts";
import type { PostScenarioSpec } from "./postScenarios.ts";

const REGION = "us-east-1";
const BOUNDARY = "----sigfixFormBoundary7MA4YWxkTrZu0gW";
const encoder = new TextEncoder();

/**
 * The raw request of a POST scenario: the client's side, as botocore's generate_presigned_post builds it (the same
 * field order and conditions: the signed fields, key, the SigV4 fields, the token), then what the page changed.
 */
export function createPostRequest(spec: PostScenarioSpec, serverNow: Date): LabRequest {
  const bucket = spec.bucket ?? "sigfix-example";
  const signedAt = new Date(serverNow.getTime() - spec.uploadAfterSeconds * 1000);
  const identity = DEFAULT_IDENTITIES.find((i) => (spec.credentials === "temporary" ? i.accessKeyId === "ASIASIGFIXVALID00001" : i.accessKeyId === "AKIDEXAMPLE"))!;
  const { longDate, shortDate } = formatAmzDate(signedAt);
  const credential = `${identity.accessKeyId}/${shortDate}/${REGION}/s3/aws4_request`;
  const expiration = new Date(signedAt.getTime() + spec.expiresIn * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
  const named = (name: string) => spec.conditions.some((c) => Array.isArray(c) && typeof c[1] === "string" && c[1].toLowerCase() === `$${name.toLowerCase()}`);
  const conditions: unknown[] = [
    ...spec.fields.filter(([name]) => !named(name)).map(([name, value]) => ({ [name]: value })),
    ...spec.conditions,
    { bucket },
    ["starts-with", "$key", spec.keyPrefix],
    { "x-amz-algorithm": "AWS4-HMAC-SHA256" },
    { "x-amz-credential": credential },
    { "x-amz-date": longDate },
    ...(spec.credentials === "temporary" && spec.tokenInPolicy ? [{ "x-amz-security-token": identity.sessionToken }] : []),
  ];
  const policy = btoa(JSON.stringify({ expiration, conditions }));
  const { signature } = getPostSignature(policy, { identity, accessKeyId: identity.accessKeyId, shortDate, region: REGION, service: "s3" });
  let fields: Array<[string, string]> = [
    ...spec.fields,
    ["key", spec.key],
    ["x-amz-algorithm", "AWS4-HMAC-SHA256"],
    ["x-amz-credential", credential],
    ["x-amz-date", longDate],
    ...(spec.credentials === "temporary" ? ([["x-amz-security-token", identity.sessionToken!]] as Array<[string, string]>) : []),
    ["policy", policy + (spec.sent?.policySuffix ?? "")],
    ["x-amz-signature", signature],
  ];
  const sent = spec.sent ?? {};
  fields = fields.map(([n, v]) => [n, sent.set?.find(([s]) => s === n)?.[1] ?? v]);
  fields = fields.filter(([n]) => !(sent.omit ?? []).includes(n));
  fields = [...(sent.add ?? []), ...fields];
  const file = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${sent.renameFile ?? "file"}"; filename="${spec.file.filename}"\r\nContent-Type: ${spec.file.contentType}\r\n\r\n${"x".repeat(spec.file.size)}\r\n`;
  const parts = fields.map(([n, v]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${n}"\r\n\r\n${v}\r\n`);
  const text = (sent.fileFirst ? [file, ...parts] : [...parts, file]).join("") + `--${BOUNDARY}--\r\n`;
  const body = encoder.encode(text);
  return {
    method: "POST",
    target: "/",
    httpVersion: "HTTP/1.1",
    headers: [
      { name: "Host", value: `${bucket}.s3.amazonaws.com` },
      { name: "Content-Type", value: sent.contentType ?? `multipart/form-data; boundary=${BOUNDARY}` },
      { name: "Content-Length", value: String(body.length) },
    ],
    body,
  };
}
