/**
 * A policy's `expiration`, ISO 8601 in UTC as the S3 docs write it (`2007-12-01T12:00:00.000Z`, or without the
 * fraction as botocore writes it), as a time; null when it is not that shape. Index checks, no regex.
 */
export function parsePolicyExpiration(text: string): Date | null {
  const shapeOk = text.length >= 20 && text.endsWith("Z") && text[4] === "-" && text[7] === "-" && text[10] === "T" && text[13] === ":" && text[16] === ":";
  if (!shapeOk) return null;
  const digits = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];
  if (!digits.every((i) => text[i]! >= "0" && text[i]! <= "9")) return null;
  const fraction = text.slice(19, -1);
  if (fraction !== "" && !(fraction[0] === "." && fraction.length >= 2 && fraction.length <= 10 && [...fraction.slice(1)].every((c) => c >= "0" && c <= "9"))) return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : new Date(ms);
}
