import { pass, type Step } from "../types.ts";

/**
 * The signature must equal the server's, computed from the request as received with the key's secret (§4.3).
 * A header named in SignedHeaders but absent from the request enters the canonical request as `name:` (empty).
 */
export const checkSignature: Step = (ctx) => {
  const { auth, trace, req, credentialParts } = ctx;
  if (auth.kind !== "auth") return null;
  const provided = auth.signature ?? "";
  const expected = trace.signature;
  if (expected !== undefined && provided === expected) return pass(`Signature ${provided} matches.`);
  const present = new Set(req.headers.map((h) => h.name.toLowerCase()));
  const absent = ctx.signedHeaders.filter((h) => !present.has(h.toLowerCase()));
  const absentText = absent.length > 0 ? ` SignedHeaders names ${absent.map((h) => `\`${h}\``).join(", ")}, absent from the request.` : "";
  return {
    passed: false,
    detail: `Provided ${provided}, expected ${expected ?? "(not computable)"}.${absentText}`,
    kind: "signatureMismatch",
    params: {
      accessKeyId: credentialParts?.[0] ?? "",
      canonicalRequest: trace.canonicalRequest ?? "",
      stringToSign: trace.stringToSign ?? "",
      signatureProvided: provided,
    },
    summary: `The signature \`${provided}\` is not the one the server computes (\`${expected ?? "?"}\`) for this request: either the secret key is wrong, or the request changed after signing (a header, the path encoding, the query, the body).${absentText}`,
    fix: "Compare your canonical request with the server's below: if they are identical the secret is wrong (check it has no stray characters and belongs to this key); otherwise sign the request exactly as it is sent.",
  };
};
