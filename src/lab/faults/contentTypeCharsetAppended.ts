import { getClientUpload } from "../s3/clientContentType.ts";
import { toPresignedPut, UPLOAD_FILE } from "../s3/toPresignedPut.ts";
import type { Fault } from "./types.ts";

const sent = getClientUpload("okhttp-string", UPLOAD_FILE);

/** A client appends a charset to the signed type: OkHttp does for a string body (clientContentType.ts). */
export const contentTypeCharsetAppended: Fault = {
  id: "content-type-charset-appended",
  title: "; charset=utf-8 appended to the Content-Type (presigned PUT)",
  description: `The URL is presigned with \`ContentType: "${UPLOAD_FILE.type}"\`, and the HTTP client sends \`Content-Type: ${sent.contentType}\` (OkHttp does for a string body).`,
  apply: (s) => ({
    ...toPresignedPut(s, UPLOAD_FILE.type),
    afterSigning: { ...s.afterSigning, setHeaders: [["Content-Type", sent.contentType ?? ""]] },
  }),
  notApplicable: (service) => (service === "s3" ? null : "Presigned uploads are S3's."),
  expected: { restXml: "s3.SignatureDoesNotMatch" },
};
