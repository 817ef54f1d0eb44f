import type { Hint } from "../types.ts";
import type { Recogniser } from "./types.ts";

/**
 * Content-Types that a browser or HTTP client sends on its own for an upload (FormData's multipart/form-data with its
 * boundary, axios's form-urlencoded default, an appended charset), not what a presigner signs for a file.
 * sources: aws/aws-sdk-js#557 (multipart/form-data in S3's StringToSign), aws/aws-sdk-php#282 (a boundary),
 * aws/aws-sdk-js#244 (`;charset=UTF-8` appended), aws/aws-sdk-js-v3#5268 (axios's default).
 */
const CLIENT_CONTENT_TYPE = /multipart\/form-data|;\s*boundary=|;\s*charset=|application\/x-www-form-urlencoded/i;
/** SigV2's StringToSign: the verb, the Content-MD5 line, the Content-Type line. */
const SIGV2_CONTENT_TYPE = /^(?:PUT|POST)\n[^\n]*\n([^\n]*)\n/m;
/** SigV4's canonical request names it as a signed header. */
const SIGV4_CONTENT_TYPE = /^content-type:([^\n]*)$/im;
/** The canonical URI of S3's canonical request: its first line (or, flattened, what follows the verb). */
const CANONICAL_URI = /^\s*(?:GET|PUT|POST|HEAD|DELETE)\s+(\/[^\s?]*)/;
/** A percent-encoded byte other than "/": a key with a space, +, ( ), @ or a non-ASCII letter. */
const ENCODED_KEY_BYTE = /%(?!2F)[0-9A-F]{2}/i;

/**
 * What S3 echoes as the request it verified (CanonicalRequest, StringToSign), or a string to sign pasted on its
 * own: a Content-Type that a client adds by itself, a key S3 saw percent-encoded, a path starting with `//`.
 */
export const recogniseSignedEcho: Recogniser = {
  name: "signed echo",
  recognise(paste) {
    const hints: Hint[] = [];
    const signed = [paste.extras.StringToSign, paste.extras.CanonicalRequest].filter((s): s is string => s !== undefined);
    const texts = signed.length > 0 ? signed.map((s) => s.trim()) : [paste.text.trim()];
    for (const text of texts) {
      const type = (SIGV2_CONTENT_TYPE.exec(text) ?? SIGV4_CONTENT_TYPE.exec(text))?.[1]?.trim();
      if (type && CLIENT_CONTENT_TYPE.test(type)) {
        hints.push({
          severity: "warning",
          text: `S3 verified the upload with Content-Type “${type}”, a type the browser or HTTP client sets on its own (FormData, axios, an added charset). The URL was presigned for another type: send the body as a Blob or file with exactly the signed Content-Type.`,
          causes: ["presigned-put-content-type"],
        });
      }
    }
    const canonical = paste.extras.CanonicalRequest?.trim();
    const uri = canonical ? CANONICAL_URI.exec(canonical)?.[1] : undefined;
    if (uri?.startsWith("//")) {
      hints.push({ severity: "info", text: `S3's canonical path starts with “//” (${uri.slice(0, 60)}): a key that begins with “/”, which some HTTP clients collapse after signing.`, causes: ["s3-key-leading-slash"] });
    } else if (uri && ENCODED_KEY_BYTE.test(uri)) {
      hints.push({
        severity: "info",
        text: `S3 read the key as ${uri.slice(0, 80)}: it holds characters (space, +, ( ), non-ASCII) that the client must encode on the wire exactly as it signed them (a + in a key is a space to S3 unless sent as %2B).`,
        causes: ["s3-key-special-characters"],
      });
    }
    return hints.length ? { facts: [], hints } : null;
  },
};
