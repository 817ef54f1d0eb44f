import { toObjectRequest } from "../s3/toObjectRequest.ts";
import type { Fault } from "./types.ts";

/** SHA-256 of zero bytes: what a signer hashes when the body is a stream it has not read. */
const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/**
 * The case in every raw XAmzContentSHA256Mismatch capture (grosskur/lua-resty-aws#2, postmanlabs/postman-app-support#3680):
 * the signer hashed an empty body, then the file was streamed. Left out of `expected`: the catalogue's entry for
 * s3.XAmzContentSHA256Mismatch lacks the two elements those captures show (resolveS3Error.ts).
 */
export const emptyBodyHashSigned: Fault = {
  id: "empty-body-hash-signed",
  title: "The empty body's hash signed for an upload (S3)",
  description: `The signer hashes the body before the file stream is read: \`x-amz-content-sha256: ${EMPTY_SHA256}\`, then the file is sent.`,
  apply: (s) => toObjectRequest(s, "PUT", "/notes.txt", [`x-amz-content-sha256: ${EMPTY_SHA256}`, "Content-Type: text/plain"], "hello from sigfix\n"),
  notApplicable: (service) => (service === "s3" ? null : "Only S3 reads x-amz-content-sha256 as the body's hash."),
  expected: {},
};
