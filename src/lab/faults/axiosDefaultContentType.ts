import { getClientUpload } from "../s3/clientContentType.ts";
import { toPresignedPut, UPLOAD_FILE } from "../s3/toPresignedPut.ts";
import type { Fault } from "./types.ts";

const sent = getClientUpload("axios-buffer", UPLOAD_FILE);

/** axios gives a PUT without a Content-Type its default, `application/x-www-form-urlencoded` (clientContentType.ts). */
export const axiosDefaultContentType: Fault = {
  id: "axios-default-content-type",
  title: "axios's default Content-Type (presigned PUT)",
  description: `The URL is presigned with \`ContentType: "${UPLOAD_FILE.type}"\`, and \`axios.put(url, buffer)\` without headers sends \`Content-Type: ${sent.contentType}\`.`,
  apply: (s) => ({
    ...toPresignedPut(s, UPLOAD_FILE.type),
    afterSigning: { ...s.afterSigning, setHeaders: [["Content-Type", sent.contentType ?? ""]] },
  }),
  notApplicable: (service) => (service === "s3" ? null : "Presigned uploads are S3's."),
  expected: { restXml: "s3.SignatureDoesNotMatch" },
};
