import { toPresignedPut, UPLOAD_FILE } from "../s3/toPresignedPut.ts";
import type { Fault } from "./types.ts";

/** The presigner signed a ContentType the client never sends: the canonical request gets `content-type:` empty. */
export const contentTypeSignedNotSent: Fault = {
  id: "content-type-signed-not-sent",
  title: "Content-Type signed but not sent (presigned PUT)",
  description: `The URL is presigned with \`ContentType: "${UPLOAD_FILE.type}"\`, and \`curl -T ${UPLOAD_FILE.name} URL\` sends no Content-Type at all.`,
  apply: (s) => ({
    ...toPresignedPut(s, UPLOAD_FILE.type),
    afterSigning: { ...s.afterSigning, dropHeaders: [...(s.afterSigning?.dropHeaders ?? []), "Content-Type"] },
  }),
  notApplicable: (service) => (service === "s3" ? null : "Presigned uploads are S3's."),
  expected: { restXml: "s3.SignatureDoesNotMatch" },
};
