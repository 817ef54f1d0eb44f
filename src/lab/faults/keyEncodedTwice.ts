import { toObjectRequest } from "../s3/toObjectRequest.ts";
import type { Fault } from "./types.ts";

/** The key `my report (1).pdf` as an SDK puts it on the wire, and the same path after a second encoding. */
const SIGNED_PATH = "/my%20report%20%281%29.pdf";
const SENT_PATH = "/my%2520report%2520%25281%2529.pdf";

/**
 * S3 decodes the path once and encodes it once (no normalisation). A client that encodes the already encoded path
 * again (`encodeURI(signedUrl)`, a URI builder given an encoded string) sends a path the signature never covered.
 */
export const keyEncodedTwice: Fault = {
  id: "key-encoded-twice",
  title: "Object key encoded twice after signing",
  description: `The request is signed for \`${SIGNED_PATH}\` (the key \`my report (1).pdf\`), and the HTTP client encodes the path again: it sends \`${SENT_PATH}\`.`,
  apply: (s) => ({ ...toObjectRequest(s, "GET", SIGNED_PATH), afterSigning: { ...s.afterSigning, target: SENT_PATH } }),
  notApplicable: (service) => (service === "s3" ? null : "The fault is about S3 object keys."),
  expected: { restXml: "s3.SignatureDoesNotMatch" },
};
