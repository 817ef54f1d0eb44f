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

/** STS-issued credentials the mock endpoint keeps; above it the oldest is forgotten (answered as not issued). */
export const MAX_ISSUED_IDENTITIES = 10_000;

/** Longest piece of echoed input `sigfix verify` prints in one line, in characters (cut with an ellipsis). */
export const MAX_ECHO_CHARS = 120;

/** Most chunks an `aws-chunked` body may have (S3 wants 8 KiB or more per chunk but the last: 1 MiB is 128 of them). */
export const MAX_AWS_CHUNKS = 16_384;

/** Longest `aws-chunked` chunk header (`hex;chunk-signature=<64 hex>` is under 90 bytes). */
export const MAX_AWS_CHUNK_HEADER_BYTES = 1024;

/** Largest trailing-header block after an `aws-chunked` body's final chunk. */
export const MAX_AWS_TRAILER_BYTES = 8 * 1024;
