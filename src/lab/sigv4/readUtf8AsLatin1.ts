const utf8 = new TextEncoder();

/**
 * The text S3 makes of a header value: each byte on the wire (the value's UTF-8) read as one ISO-8859-1 character,
 * so `á` (C3 A1) becomes `Ã¡`, which the canonical request then holds as UTF-8 again. ASCII is unchanged.
 * source: https://github.com/Automattic/knox/issues/223 (raw S3 body, StringToSign `x-amz-meta-accent-test:Ã¡`
 * for `á`); single-source for the mechanism, while the resulting SignatureDoesNotMatch is confirmed by SDK
 * reports (aws/aws-sdk-java-v2#2624, aws/aws-sdk-net#1587).
 */
export function readUtf8AsLatin1(value: string): string {
  // Index scan, no regex: most values are ASCII and come back as they are.
  let ascii = true;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 0x7f) { ascii = false; break; }
  if (ascii) return value;
  let out = "";
  for (const b of utf8.encode(value)) out += String.fromCharCode(b);
  return out;
}
