import { toObjectRequest } from "../s3/toObjectRequest.ts";
import type { Fault } from "./types.ts";

const HEADER = "x-amz-meta-filename: café.txt";

/**
 * An SDK that signs a non-ASCII `x-amz-meta-*` value as UTF-8 (JS v3, the Java SDKs, .NET before its fix) gets
 * SignatureDoesNotMatch: S3 reads each header byte as one character (sigv4/readUtf8AsLatin1.ts).
 * sources: https://github.com/aws/aws-sdk-java-v2/issues/2624, https://github.com/aws/aws-sdk-net/issues/1587,
 * https://github.com/aws/aws-sdk-java/issues/2694 (the SDKs' reports; confirmed).
 */
export const nonAsciiMetadata: Fault = {
  id: "non-ascii-metadata",
  title: "Non-ASCII characters in x-amz-meta-* (S3)",
  description: `The upload carries \`${HEADER}\`, signed as UTF-8 by the SDK.`,
  apply: (s) => ({ ...toObjectRequest(s, "PUT", "/notes.txt", [HEADER, "Content-Type: text/plain"], "hello from sigfix\n") }),
  notApplicable: (service) => (service === "s3" ? null : "User metadata is S3's."),
  expected: { restXml: "s3.SignatureDoesNotMatch" },
};
