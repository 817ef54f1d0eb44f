import { SIGNATURE_MISMATCH } from "./constants.ts";
import type { Fault } from "./types.ts";

export const headerChangedAfterSigning: Fault = {
  id: "header-changed-after-signing",
  title: "A proxy changed a signed header",
  description: "Something between client and AWS rewrote a signed header (Content-Type gained a charset, or Host a port).",
  apply: (s) => ({ ...s, tamper: "header" }),
  expected: { ...SIGNATURE_MISMATCH },
};
