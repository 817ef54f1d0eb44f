import { ALGORITHM } from "../constants.ts";
import { sha256Hex } from "../crypto/sha256Hex.ts";

/** The string to sign: algorithm, request date, scope, and the hex SHA-256 of the canonical request. */
export function createStringToSign(longDate: string, scope: string, canonicalRequest: string): string {
  return `${ALGORITHM}\n${longDate}\n${scope}\n${sha256Hex(canonicalRequest)}`;
}
