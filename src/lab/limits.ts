/**
 * Every size limit of sigfix, stated once (the README's "Limits and safety" lists the same numbers). Each part
 * refuses input over its limit at the door, with AWS's answer where AWS has one and a plain sentence otherwise.
 */

/** Largest request body, in bytes: the lab (playground, CLI) and the mock endpoint (413 above). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Largest request head (request line plus headers) the mock endpoint reads, in bytes (431 above). Node's default. */
export const MAX_HEADER_BYTES = 16 * 1024;

/** Most header lines the mock endpoint reads in one request (431 above). */
export const MAX_HEADER_COUNT = 200;

/** Most CR/LF bytes the mock endpoint skips before a request line (RFC 9112 §2.2 asks for at least one); 400 above. */
export const MAX_LEADING_EMPTY_LINE_BYTES = 1024;

/** Largest raw request text the playground and `sigfix verify` read: two bodies' worth, for the head and the rest. */
export const MAX_REQUEST_TEXT_CHARS = 2 * MAX_BODY_BYTES;

/** Longest playground link fragment, in characters: Copy link refuses above it, and opening a link refuses above it. */
export const MAX_SHARE_FRAGMENT_CHARS = 64 * 1024;

/** Largest paste /diagnose/ reads, in characters. */
export const MAX_PASTE_CHARS = 256 * 1024;

/** Longest POST policy text the upload workbench reads, in characters (src/uploadWorkbench/); longer text is cut. */
export const MAX_POLICY_CHARS = 64 * 1024;

/** STS-issued credentials the mock endpoint keeps; above it the oldest is forgotten (answered as not issued). */
export const MAX_ISSUED_IDENTITIES = 10_000;

/** Longest piece of echoed input `sigfix verify` prints in one line, in characters (cut with an ellipsis). */
export const MAX_ECHO_CHARS = 120;

// The mock endpoint's S3 object store (issue 12). S3 writes (PutObject, UploadPart, a browser POST upload) get their
// own body limit: multipart clients send parts of 5 MiB (JS v3 lib-storage), 8 MiB (AWS CLI, boto3) or 15 MiB (s3cmd)
// by default; every other request keeps MAX_BODY_BYTES.

/** Largest S3 write body the mock endpoint reads, in bytes (413 above): twice the largest common default part size. */
export const MAX_S3_WRITE_BODY_BYTES = 32 * 1024 * 1024;

/** Bytes the mock's object store holds at most: stored objects plus the parts of unfinished multipart uploads. */
export const MAX_S3_STORE_BYTES = 256 * 1024 * 1024;

/** Objects plus unfinished uploads' parts the mock's object store holds at most. */
export const MAX_S3_STORE_ENTRIES = 10_000;

/** Parts of one multipart upload (S3's own limit: part numbers 1 to 10,000). */
export const MAX_S3_PART_NUMBER = 10_000;

/** Smallest part of a multipart upload other than the last (S3's 5 MiB). */
export const MIN_S3_PART_BYTES = 5 * 1024 * 1024;

/** Most chunks an `aws-chunked` body may have (S3 wants 8 KiB or more per chunk but the last: 1 MiB is 128 of them). */
export const MAX_AWS_CHUNKS = 16_384;

/** Longest `aws-chunked` chunk header (`hex;chunk-signature=<64 hex>` is under 90 bytes). */
export const MAX_AWS_CHUNK_HEADER_BYTES = 1024;

/** Largest trailing-header block after an `aws-chunked` body's final chunk. */
export const MAX_AWS_TRAILER_BYTES = 8 * 1024;

/**
 * S3 POST Object (browser form upload): the most bytes of form fields S3 reads before the `file` field. Over it S3
 * answers MaxPostPreDataLengthExceeded with this number in `MaxPostPreDataLengthBytes` (single-source, raw:
 * https://bitbucket.org/site/master/issues/8914/unable-to-upload-files). It also bounds the lab's form parser.
 */
export const MAX_POST_PRE_DATA_BYTES = 20 * 1024;

/** Parts after the `file` field that the lab names in its explanation (S3 ignores them); it stops reading there. */
export const MAX_POST_IGNORED_PARTS_LISTED = 20;
