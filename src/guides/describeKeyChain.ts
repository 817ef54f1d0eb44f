import type { SigningTrace } from "../lab/index.ts";

/** The signing-key derivation as readable lines, one HMAC per line, from the credential scope's parts. */
export function describeKeyChain(trace: Pick<SigningTrace, "credentialScope" | "signingKeyChain" | "signature">): string {
  const [date, region, service, terminator] = trace.credentialScope.split("/");
  const { kDate, kRegion, kService, kSigning } = trace.signingKeyChain;
  return [
    `kDate    = HMAC("AWS4" + secret, "${date}")  = ${kDate}`,
    `kRegion  = HMAC(kDate, "${region}")          = ${kRegion}`,
    `kService = HMAC(kRegion, "${service}")       = ${kService}`,
    `kSigning = HMAC(kService, "${terminator}")   = ${kSigning}`,
    `signature = hex(HMAC(kSigning, string to sign)) = ${trace.signature}`,
  ].join("\n");
}
