import { formatAmzDate } from "../sigv4/formatAmzDate.ts";

/** `yyyyMMddTHHmmssZ` (skew messages, S3 RequestTime). */
export function formatBasic(date: Date): string {
  return formatAmzDate(date).longDate;
}

/** `yyyy-MM-ddTHH:mm:ssZ` (S3 ServerTime, Expires). */
export function formatExtended(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** UTF-8 bytes as space-separated two-digit lowercase hex (S3 `StringToSignBytes`, `CanonicalRequestBytes`). */
export function formatBytes(text: string): string {
  return [...new TextEncoder().encode(text)].map((b) => b.toString(16).padStart(2, "0")).join(" ");
}
