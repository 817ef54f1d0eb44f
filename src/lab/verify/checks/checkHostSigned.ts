import { pass, type Step } from "../types.ts";

/** `host` (or HTTP/2's `:authority`) must be among the signed headers, compared case-insensitively (dynalite). */
export const checkHostSigned: Step = (ctx) => {
  if (ctx.auth.kind !== "auth") return null;
  const names = ctx.signedHeaders.map((h) => h.toLowerCase());
  if (names.includes("host") || names.includes(":authority")) return pass("`host` is signed.");
  return {
    passed: false,
    detail: `SignedHeaders \`${ctx.auth.signedHeaders ?? ""}\` does not include \`host\`.`,
    kind: "hostNotSigned",
    params: {},
    summary: `SignedHeaders is \`${ctx.auth.signedHeaders ?? ""}\`: it must include \`host\`, so that a signature cannot be replayed against another endpoint.`,
    fix: "Sign the Host header: let the signer see the final `Host` before signing (add it to the request first if your HTTP library adds it later).",
  };
};
