/**
 * A message with its variable parts blanked, so a pasted instance matches the instance a guide quotes:
 * quoted values ('us-east-1'), numbers (dates, minutes) and the header echoed after `Authorization=` become
 * placeholders. The final period stays: it is what tells an unknown key from an unusable token. Whitespace runs
 * become one space (terminals wrap lines and drop trailing spaces) and case is ignored (MinIO, IBM COS and SDKs
 * re-case words: "Key ID", "access key Id").
 */
export function getMessageShape(message: string): string {
  return message
    .replace(/Authorization=[^\n]*/g, "Authorization=…")
    .replace(/'[^'\n]*'/g, "'…'")
    .replace(/\d+/g, "#")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
