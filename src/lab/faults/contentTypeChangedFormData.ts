import { getClientUpload } from "../s3/clientContentType.ts";
import { toPresignedPut, UPLOAD_FILE } from "../s3/toPresignedPut.ts";
import type { Fault } from "./types.ts";

const sent = getClientUpload("fetch-form-data", UPLOAD_FILE);

/**
 * The most reported presigned-upload mistake: the file is put in a FormData, so the browser sends
 * `multipart/form-data; boundary=…` (and wraps the file in a form part) instead of the signed type. S3 answers
 * SignatureDoesNotMatch with its canonical request (catalogue s3.SignatureDoesNotMatch).
 */
export const contentTypeChangedFormData: Fault = {
  id: "content-type-changed-form-data",
  title: "Content-Type changed by FormData (presigned PUT)",
  description: `The URL is presigned with \`ContentType: "${UPLOAD_FILE.type}"\`, and the browser sends the file in a FormData: \`fetch(url, { method: "PUT", body: formData })\` sends \`Content-Type: ${sent.contentType}\`.`,
  apply: (s) => ({
    ...toPresignedPut(s, UPLOAD_FILE.type),
    afterSigning: { ...s.afterSigning, setHeaders: [["Content-Type", sent.contentType ?? ""]], body: sent.body },
  }),
  notApplicable: (service) => (service === "s3" ? null : "Presigned uploads are S3's."),
  expected: { restXml: "s3.SignatureDoesNotMatch" },
};
