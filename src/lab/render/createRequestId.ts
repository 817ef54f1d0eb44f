import { Sha256 } from "@aws-crypto/sha256-js";

/**
 * The shapes of request identifiers AWS front ends send (../shared/reference §2):
 * - `dynamodb`: 52 uppercase alphanumerics (`x-amzn-RequestId` of DynamoDB);
 * - `uuid`: a lowercase UUID (query and JSON 1.1 / REST-JSON `x-amzn-RequestId`);
 * - `s3`: 16 uppercase hex digits (`x-amz-request-id`);
 * - `s3HostId`: 76 base64 characters (`x-amz-id-2`, older captures' length).
 */
export type RequestIdShape = "dynamodb" | "uuid" | "s3" | "s3HostId";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/**
 * `count` pseudo-random bytes derived from `seed` alone: same seed, same id. Seeds are whole requests, so the seed
 * is hashed once and the digest seeds a small PRNG (mulberry32): ids need to be stable, not secret.
 */
function getBytes(seed: string, count: number): Uint8Array {
  const hash = new Sha256();
  hash.update(seed);
  const root = hash.digestSync();
  let state = ((root[0]! << 24) | (root[1]! << 16) | (root[2]! << 8) | root[3]!) >>> 0;
  const out = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    if (i < root.length) {
      out[i] = root[i]!;
      continue;
    }
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function toBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += BASE64[(n >> 18) & 63]! + BASE64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? BASE64[(n >> 6) & 63]! : "=";
    out += i + 2 < bytes.length ? BASE64[n & 63]! : "=";
  }
  return out;
}

/** Recent ids by shape and seed: the playground re-renders the same request on every keystroke. Short seeds only. */
const MEMO = new Map<string, string>();
const MEMO_SIZE = 32;
const MEMO_SEED_CHARS = 4096;

/** A deterministic request id of the given shape, derived from `seed`. */
export function createRequestId(seed: string, shape: RequestIdShape): string {
  if (seed.length > MEMO_SEED_CHARS) return deriveRequestId(seed, shape);
  const key = `${shape}\n${seed}`;
  const known = MEMO.get(key);
  if (known !== undefined) return known;
  const id = deriveRequestId(seed, shape);
  if (MEMO.size >= MEMO_SIZE) MEMO.delete(MEMO.keys().next().value!);
  MEMO.set(key, id);
  return id;
}

function deriveRequestId(seed: string, shape: RequestIdShape): string {
  switch (shape) {
    case "dynamodb":
      return Array.from(getBytes(seed, 52), (b) => ALNUM[b % ALNUM.length]!).join("");
    case "uuid": {
      const bytes = getBytes(seed, 16);
      bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
      bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
      const hex = toHex(bytes);
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    }
    case "s3":
      return toHex(getBytes(seed, 8)).toUpperCase();
    case "s3HostId":
      return toBase64(getBytes(seed, 57));
  }
}
