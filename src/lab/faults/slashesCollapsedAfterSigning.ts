import { toObjectRequest } from "../s3/toObjectRequest.ts";
import type { Fault } from "./types.ts";

const SIGNED_PATH = "//reports/q1.pdf";
const SENT_PATH = "/reports/q1.pdf";

/**
 * A key that starts with `/` puts `//` in the path, and S3 keeps it (it never normalises). An HTTP client or proxy
 * that merges the slashes after signing sends another key than the one signed.
 */
export const slashesCollapsedAfterSigning: Fault = {
  id: "slashes-collapsed-after-signing",
  title: "// in the path collapsed after signing",
  description: `The key is \`/reports/q1.pdf\` (with a leading slash), signed as \`${SIGNED_PATH}\`; an HTTP client normalises the URL and sends \`${SENT_PATH}\`.`,
  apply: (s) => ({ ...toObjectRequest(s, "GET", SIGNED_PATH), afterSigning: { ...s.afterSigning, target: SENT_PATH } }),
  notApplicable: (service) => (service === "s3" ? null : "The fault is about S3 object keys."),
  expected: { restXml: "s3.SignatureDoesNotMatch" },
};
