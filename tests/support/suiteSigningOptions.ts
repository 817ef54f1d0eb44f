import type { SigningOptions } from "../../src/lab/types.ts";

/**
 * The fixed inputs of the official SigV4 test suite (../shared/conformance/sigv4/README.md): AKIDEXAMPLE,
 * us-east-1, service `service`, 2015-08-30T12:36:00Z, header signing with path normalisation.
 */
export const SUITE_SIGNING_OPTIONS: SigningOptions = {
  service: "service",
  region: "us-east-1",
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" },
  signingDate: new Date("2015-08-30T12:36:00Z"),
  mode: "header",
  normalizePath: true,
  applyChecksum: false,
};
