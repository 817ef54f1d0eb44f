import { md5 } from "@noble/hashes/legacy.js";
import { toHex } from "../crypto/toHex.ts";
import { toObjectRequest } from "../s3/toObjectRequest.ts";
import type { Fault } from "./types.ts";

const BODY = "name,count\nsigfix,1";

/**
 * Content-MD5 written as the hex digest (32 characters) instead of base64 of the 16 bytes. S3 answers 400
 * InvalidDigest "The Content-MD5 you specified was invalid." with a Content-MD5 element (localstack's AWS-recorded
 * snapshot, md5-error-*; no ../shared/reference entry, so `expected` is empty).
 */
export const contentMd5Hex: Fault = {
  id: "content-md5-hex",
  title: "Content-MD5 sent as a hex digest (S3)",
  description: "Your code sends Content-MD5 as md5(body) in hex, not base64 of its 16 bytes.",
  apply: (s) => {
    const hex = toHex(md5(new TextEncoder().encode(BODY)));
    return { ...toObjectRequest(s, "PUT", "/report.csv", [`Content-Type: text/csv`, `Content-MD5: ${hex}`], BODY), mode: "header" };
  },
  notApplicable: (service) => (service === "s3" ? null : "Only S3 checks Content-MD5 here."),
  expected: {},
};
