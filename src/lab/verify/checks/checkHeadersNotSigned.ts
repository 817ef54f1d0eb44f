import { pass, type Step } from "../types.ts";

/** S3 rejects `x-amz-*` headers that SignedHeaders leaves out, before comparing signatures (§3.4, §4.8). */
export const checkHeadersNotSigned: Step = (ctx) => {
  if (ctx.family !== "s3" || ctx.auth.kind !== "auth") return null;
  const signed = new Set(ctx.signedHeaders.map((h) => h.toLowerCase()));
  const unsigned = [...new Set(ctx.req.headers.map((h) => h.name.toLowerCase()))].filter((n) => n.startsWith("x-amz-") && !signed.has(n));
  if (unsigned.length === 0) return pass("Every x-amz-* header is signed.");
  return {
    passed: false,
    detail: `Unsigned x-amz-* headers: ${unsigned.join(", ")}.`,
    kind: "headersNotSigned",
    params: { headers: unsigned },
    summary: `The request carries ${unsigned.map((n) => `\`${n}\``).join(", ")} but SignedHeaders does not list ${unsigned.length > 1 ? "them" : "it"}; S3 requires every x-amz-* header to be signed.`,
    fix: "Add those headers before signing (not after, e.g. in a proxy or a later middleware), or remove them; for a presigned URL, sign them in or send them as query parameters.",
  };
};
