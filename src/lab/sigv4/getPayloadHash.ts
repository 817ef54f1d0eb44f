import { SHA256_HEADER, UNSIGNED_PAYLOAD } from "../constants.ts";
import { sha256Hex } from "../crypto/sha256Hex.ts";
import { getHeaderValues } from "../request/getHeaderValues.ts";
import type { LabRequest } from "../types.ts";

/**
 * The last line of the canonical request: `UNSIGNED-PAYLOAD` when asked, else the `x-amz-content-sha256` header
 * taken literally (`UNSIGNED-PAYLOAD`, `STREAMING-…` or a hex hash, even a wrong one), else the hex SHA-256 of
 * the body bytes.
 */
export function getPayloadHash(req: Pick<LabRequest, "headers" | "body">, opts: { unsignedPayload?: boolean } = {}): string {
  if (opts.unsignedPayload) return UNSIGNED_PAYLOAD;
  const declared = getHeaderValues(req, SHA256_HEADER);
  if (declared.length > 0) return declared.join(",");
  return sha256Hex(req.body);
}
