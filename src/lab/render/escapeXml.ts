/**
 * Escape text for an XML element body. Only `&`, `<` and `>`: AWS's captured bodies keep quotes and
 * apostrophes literal (`expecting "&lt;YOUR-AKID&gt;/…"`, `not 'ap-southeast-2'. `), see
 * ../shared/reference/aws-auth-errors.json `s3.AuthorizationHeaderMalformed.credential`, `scope.wrong-region`.
 */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
