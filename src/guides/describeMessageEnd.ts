/**
 * Readers copy messages to compare them with their logs; the end of the message is where
 * variants differ (a trailing period, a trailing space), so we say it in words.
 */
export function describeMessageEnd(message: string): string {
  if (message.endsWith(". ")) return "ends with a period and a space";
  if (message.endsWith(" ")) return "ends with a space";
  if (message.endsWith(".")) return "ends with a period";
  return "no final period";
}
