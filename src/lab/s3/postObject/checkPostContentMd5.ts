import { decodeBase64 } from "../../checksums/decodeBase64.ts";
import { getContentMd5 } from "../../checksums/getContentMd5.ts";
import { toHex } from "../../crypto/toHex.ts";
import { fromS3Catalogue, type PostError } from "./postObjectErrors.ts";

/**
 * The Content-MD5 form field, checked against the file's bytes (S3 API reference, POST Object: "When you use this
 * form field, Amazon S3 checks the object against the provided MD5 value. If they do not match, Amazon S3 returns an
 * error"). The answers are PutObject's Content-MD5 answers (catalogue/resolveS3IntegrityError.ts), assumed the same
 * for a form: no POST capture of them.
 */
export function checkPostContentMd5(md5: string | undefined, bytes: Uint8Array): { error: PostError; summary: string } | null {
  if (md5 === undefined) return null;
  const digest = decodeBase64(md5.trim());
  if (!digest || digest.length !== 16) {
    return { error: fromS3Catalogue("contentMd5Invalid", { contentMd5: md5 }), summary: `The Content-MD5 field \`${md5}\` is not base64 of a 16-byte MD5 digest.` };
  }
  const calculated = getContentMd5(bytes);
  if (calculated === md5.trim()) return null;
  return {
    error: fromS3Catalogue("contentMd5Mismatch", { contentMd5: md5, expectedDigest: toHex(digest), calculatedDigest: calculated }),
    summary: `The Content-MD5 field says \`${md5}\`, but the file's ${bytes.length} bytes hash to \`${calculated}\`.`,
  };
}
