import { toObjectRequest } from "../s3/toObjectRequest.ts";
import type { Fault } from "./types.ts";

const SIGNED_PATH = "/my%20report.pdf";
const SENT_PATH = "/my+report.pdf";

/**
 * In a path, `+` is a plus sign: S3 reads `/my+report.pdf` as the key `my+report.pdf` and canonicalises it as
 * `%2B`. A form encoder (Java's URLEncoder, Python's quote_plus) used for the path turns the space into `+`.
 */
export const plusForSpaceInKey: Fault = {
  id: "plus-for-space-in-key",
  title: "+ sent for a space in the object key",
  description: `The request is signed for \`${SIGNED_PATH}\`, and the client builds the URL with a form encoder: it sends \`${SENT_PATH}\`.`,
  apply: (s) => ({ ...toObjectRequest(s, "GET", SIGNED_PATH), afterSigning: { ...s.afterSigning, target: SENT_PATH } }),
  notApplicable: (service) => (service === "s3" ? null : "The fault is about S3 object keys."),
  expected: { restXml: "s3.SignatureDoesNotMatch" },
};
