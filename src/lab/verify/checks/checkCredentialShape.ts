import { pass, type Step } from "../types.ts";

/** The credential has exactly 5 slash-separated parts, trailing slashes ignored (§4.6; S3 §4.8). */
export const checkCredentialShape: Step = (ctx) => {
  const { auth, credentialParts } = ctx;
  if (auth.kind !== "auth" || !credentialParts) return null;
  if (credentialParts.length === 5) return pass(`Credential \`${auth.credential}\` has 5 parts.`);
  return {
    passed: false,
    detail: `Credential \`${auth.credential}\` has ${credentialParts.length} slash-separated parts, not 5.`,
    kind: "credentialMalformed",
    params: { credential: auth.credential ?? "", mode: auth.mode },
    summary: `The credential \`${auth.credential}\` should read \`ACCESSKEYID/yyyyMMdd/region/service/aws4_request\` but has ${credentialParts.length} parts: often the key ID and secret are swapped (a secret contains \`/\`), or a value is empty.`,
    fix: "Check that the access key ID (AKIA…/ASIA…, 20 characters) and the secret are in the right fields, with nothing pasted around them.",
  };
};
