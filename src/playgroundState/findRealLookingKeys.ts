import { isRealLookingKey } from "./isRealLookingKey.ts";

const KEY_IDS_IN_TEXT = /(?<=^|[^A-Z0-9]|%[0-9A-Fa-f]{2})(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/g;

/** Real-looking AWS key IDs found in the given texts (key field, request text), deduplicated, in order. */
export function findRealLookingKeys(texts: readonly string[], exampleKeyIds: readonly string[]): string[] {
  const found: string[] = [];
  for (const text of texts) {
    for (const match of text.matchAll(KEY_IDS_IN_TEXT)) {
      if (isRealLookingKey(match[0], exampleKeyIds) && !found.includes(match[0])) found.push(match[0]);
    }
  }
  return found;
}
