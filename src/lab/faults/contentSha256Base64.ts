import { toObjectRequest } from "../s3/toObjectRequest.ts";
import type { Fault } from "./types.ts";

/** base64 of SHA-256("hello from sigfix\n"), the body sent; S3 wants the 64 hex digits. */
const BASE64_SHA256 = "2NN9XwfTTDes9ovQq4KhaVOXkmqK6lH9I1EqAx9l3TA=";

/** x-amz-content-sha256 with a base64 digest (the form of Content-MD5 and x-amz-checksum-sha256): InvalidArgument. */
export const contentSha256Base64: Fault = {
  id: "content-sha256-base64",
  title: "x-amz-content-sha256 sent as base64 (S3)",
  description: `The client puts the body's SHA-256 in base64 into x-amz-content-sha256 (\`${BASE64_SHA256}\`), the form x-amz-checksum-sha256 takes, instead of 64 hex digits.`,
  apply: (s) => toObjectRequest(s, "PUT", "/notes.txt", [`x-amz-content-sha256: ${BASE64_SHA256}`, "Content-Type: text/plain"], "hello from sigfix\n"),
  notApplicable: (service) => (service === "s3" ? null : "Only S3 reads x-amz-content-sha256's value."),
  expected: {},
};
