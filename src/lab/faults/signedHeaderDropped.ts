import type { Fault } from "./types.ts";

/** AppSync: `accept` signed, then dropped before the request left (awslabs/aws-mobile-appsync-sdk-js#702). */
export const signedHeaderDropped: Fault = {
  id: "signed-header-dropped",
  title: "Signed Accept header dropped",
  description: "The signer signed the Accept header, and the HTTP client sent the request without it.",
  frontDoor: "appsync",
  apply: (s) => ({ ...s, afterSigning: { ...s.afterSigning, dropHeaders: [...(s.afterSigning?.dropHeaders ?? []), "accept"] } }),
  expected: {},
};
