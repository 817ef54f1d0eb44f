import { toObjectRequest } from "../s3/toObjectRequest.ts";
import type { Fault } from "./types.ts";

const BODY = "sigfix streams this object in signed chunks.\n";

/**
 * A streaming upload (STREAMING-AWS4-HMAC-SHA256-PAYLOAD, each chunk signed from the previous signature) whose
 * chunk a proxy changes after signing. S3 answers SignatureDoesNotMatch with the chunk's string to sign
 * (`AWS4-HMAC-SHA256-PAYLOAD`…): OpenStack Swift's S3 suite, run against AWS (test_strm_sgnd_pyld_bad_signatures).
 */
export const chunkTamperedAfterSigning: Fault = {
  id: "chunk-tampered-after-signing",
  title: "A signed aws-chunked chunk changed in transit (S3)",
  description: "The client streams a PutObject in signed chunks; a proxy changes one byte of the first chunk after it was signed.",
  apply: (s) => {
    return {
      ...toObjectRequest(s, "PUT", "/stream.txt", [`Content-Encoding: aws-chunked`, `Content-Type: text/plain`, `x-amz-content-sha256: STREAMING-AWS4-HMAC-SHA256-PAYLOAD`, `x-amz-decoded-content-length: ${BODY.length}`], BODY),
      mode: "header",
      awsChunked: { chunkSize: 65536, tamperChunk: 1 },
    };
  },
  notApplicable: (service) => (service === "s3" ? null : "Only S3 takes aws-chunked uploads."),
  expected: { restXml: "s3.SignatureDoesNotMatch" },
};
