import { MAX_PRESIGNED_TTL, SHA256_HEADER } from "../../constants.ts";
import { getHeaderValues } from "../../request/getHeaderValues.ts";
import type { FailureParams } from "../../catalogue/types.ts";
import { pass, type Step, type StepResult } from "../types.ts";

const HEADER_PARAMS = ["Credential", "Signature", "SignedHeaders"];
const QUERY_PARAMS = ["X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Signature", "X-Amz-SignedHeaders", "X-Amz-Date"];

/**
 * The parameters of the signature: every part of the header is key=value (scratchstack 6b), none is missing
 * (§4.6, AWS's order), and for S3 the three header components, the six presign parameters with an X-Amz-Expires of
 * at most a week (§4.8, §6) and the x-amz-content-sha256 header.
 */
export const checkAuthSyntax: Step = (ctx) => {
  const { auth } = ctx;
  if (auth.kind !== "auth") return null;
  const s3 = ctx.family === "s3";
  const header = auth.header ?? "";

  if (auth.mode === "header") {
    const missing = HEADER_PARAMS.filter((p) => !valueOf(auth, p));
    if (auth.notKeyValue.length > 0) {
      const token = auth.notKeyValue[0]!;
      return fail("notKeyValue", `\`${token}\` in the Authorization header is not key=value.`,
        `The Authorization header contains \`${token}\`, which is not a key=value pair: usually a space or line break pasted inside the access key or secret, giving \`Credential= AKIA…\`.`,
        "Strip whitespace from the access key ID and secret (check the credentials file and environment variables), then sign again.",
        { token, authorization: header });
    }
    if (s3 && missing.length > 0) {
      return fail("headerComponents", `Missing ${missing.join(", ")}.`, `The Authorization header lacks ${missing.map((m) => `\`${m}\``).join(", ")}.`,
        "Send `AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…` with all three parts.", {});
    }
    if (!s3 && (missing.length > 0 || auth.date === undefined)) {
      const all = auth.date === undefined ? [...missing, "Date"] : missing;
      return fail("missingAuthParams", `Missing ${all.join(", ")}.`,
        `The Authorization header \`${header}\` lacks ${all.map((m) => (m === "Date" ? "an `X-Amz-Date` or `Date` header" : `\`${m}\``)).join(", ")}.`,
        "Let an SDK sign the request; if you build the header yourself, send `Credential=`, `SignedHeaders=`, `Signature=` and an `X-Amz-Date` header.",
        { missing: all, authorization: header });
    }
    if (s3 && getHeaderValues(ctx.req, SHA256_HEADER).length === 0) {
      return fail("missingContentSha256", "No x-amz-content-sha256 header.", "S3 requires an `x-amz-content-sha256` header on SigV4 header-signed requests, and this request has none.",
        "Send `x-amz-content-sha256` with the body's hex SHA-256 (or `UNSIGNED-PAYLOAD`) and sign it.", {});
    }
    return pass("Credential, SignedHeaders, Signature and a date are present.");
  }

  const required = s3 ? [...QUERY_PARAMS, "X-Amz-Expires"] : QUERY_PARAMS;
  const missing = required.filter((p) => !valueOf(auth, p));
  if (missing.length > 0) {
    return fail("missingQueryParams", `Missing ${missing.join(", ")}.`, `The presigned URL lacks ${missing.map((m) => `\`${m}\``).join(", ")}.`,
      "Presign the URL again with an SDK; do not edit or truncate its query string.", { missing });
  }
  if (s3) {
    const expires = auth.expires ?? "";
    if (!/^\d+$/.test(expires)) {
      return fail("expiresInvalid", `X-Amz-Expires \`${expires}\` is not a non-negative number.`, `X-Amz-Expires is \`${expires}\`, not a number of seconds.`,
        "Presign with an expiry in seconds between 1 and 604800.", { expires });
    }
    if (Number(expires) > MAX_PRESIGNED_TTL) {
      return fail("expiresTooLarge", `X-Amz-Expires ${expires} exceeds ${MAX_PRESIGNED_TTL}.`, `X-Amz-Expires is ${expires} seconds, more than the 7-day maximum of ${MAX_PRESIGNED_TTL}.`,
        `Presign for at most ${MAX_PRESIGNED_TTL} seconds (7 days); tools such as \`aws s3 presign\` do not enforce it for you.`, { expires });
    }
  }
  return pass(`All of ${required.join(", ")} are present.`);
};

function valueOf(auth: { credential?: string; signature?: string; signedHeaders?: string; algorithm?: string; date?: string; expires?: string }, name: string): string {
  const key = name.replace(/^X-Amz-/, "");
  const map: Record<string, string | undefined> = {
    Credential: auth.credential, Signature: auth.signature, SignedHeaders: auth.signedHeaders,
    Algorithm: auth.algorithm, Date: auth.date, Expires: auth.expires,
  };
  return map[key] ?? "";
}

function fail(kind: "notKeyValue" | "headerComponents" | "missingAuthParams" | "missingContentSha256" | "missingQueryParams" | "expiresInvalid" | "expiresTooLarge",
  detail: string, summary: string, fix: string, params: FailureParams): StepResult {
  return { passed: false, detail, kind, params, summary, fix };
}
