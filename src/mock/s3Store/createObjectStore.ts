import { randomBytes } from "node:crypto";
import { MAX_S3_STORE_BYTES, MAX_S3_STORE_ENTRIES, MIN_S3_PART_BYTES } from "../lab.ts";
import { getCompositeChecksum } from "./getCompositeChecksum.ts";
import { getChecksumHeader } from "./getChecksumHeader.ts";
import { getEtag, getMultipartEtag } from "./getEtag.ts";
import type { CompletedPart } from "./parseCompleteMultipartUpload.ts";
import { getStoreFullMessage, storeError } from "./s3StoreErrors.ts";
import type { StoreError } from "./s3StoreErrors.ts";
import type { StoredObject, StoredPart, StoredUpload } from "./types.ts";

export interface ObjectStore {
  get(bucket: string, key: string): StoredObject | undefined;
  put(bucket: string, key: string, bytes: Uint8Array, headers: Array<[string, string]>, now: Date): StoredObject | StoreError;
  delete(bucket: string, key: string): void;
  /** The bucket's keys, in UTF-8 binary order as S3 lists them. */
  keys(bucket: string): string[];
  createUpload(bucket: string, key: string, headers: Array<[string, string]>, now: Date): string | StoreError;
  /** The upload, when it exists for this bucket and key. */
  getUpload(uploadId: string, bucket: string, key: string): StoredUpload | undefined;
  putPart(upload: StoredUpload, partNumber: number, bytes: Uint8Array, headers: Array<[string, string]>, now: Date): StoredPart | StoreError;
  complete(uploadId: string, upload: StoredUpload, parts: CompletedPart[], now: Date): StoredObject | StoreError;
  abort(uploadId: string): void;
  /** What the store holds now: bytes and entries (objects, uploads and parts), against its caps. */
  usage(): { bytes: number; entries: number };
}

/** The store's bounds (default: the README's MAX_S3_STORE_BYTES and MAX_S3_STORE_ENTRIES; tests pass small ones). */
export interface StoreCaps {
  maxBytes: number;
  maxEntries: number;
}

const utf8 = new TextEncoder();

/**
 * The mock endpoint's S3, in memory: objects by bucket and key, and unfinished multipart uploads with their parts.
 * Bounded by `caps` (MAX_S3_STORE_BYTES and MAX_S3_STORE_ENTRIES unless told otherwise), both together (README, "Limits and safety"); a write that would
 * pass either is refused with XSigfixStoreFull and stores nothing. Every bucket exists and starts empty.
 */
export function createObjectStore(caps: StoreCaps = { maxBytes: MAX_S3_STORE_BYTES, maxEntries: MAX_S3_STORE_ENTRIES }): ObjectStore {
  const objects = new Map<string, StoredObject>();
  const uploads = new Map<string, StoredUpload>();
  let bytes = 0;
  let entries = 0;
  const id = (bucket: string, key: string) => `${bucket}/${key}`;
  const fits = (addBytes: number, addEntries: number, freeBytes = 0, freeEntries = 0) =>
    bytes - freeBytes + addBytes <= caps.maxBytes && entries - freeEntries + addEntries <= caps.maxEntries;
  const full = () => storeError("XSigfixStoreFull", [], getStoreFullMessage(caps.maxBytes, caps.maxEntries));

  function remove(bucket: string, key: string): void {
    const old = objects.get(id(bucket, key));
    if (!old) return;
    objects.delete(id(bucket, key));
    bytes -= old.bytes.length;
    entries -= 1;
  }

  function store(bucket: string, key: string, obj: StoredObject): StoredObject {
    remove(bucket, key);
    objects.set(id(bucket, key), obj);
    bytes += obj.bytes.length;
    entries += 1;
    return obj;
  }

  return {
    get: (bucket, key) => objects.get(id(bucket, key)),
    put(bucket, key, data, headers, now) {
      const old = objects.get(id(bucket, key));
      if (!fits(data.length, 1, old?.bytes.length ?? 0, old ? 1 : 0)) return full();
      const sum = getChecksumHeader(headers);
      return store(bucket, key, { bytes: data, etag: getEtag(data), lastModified: now, headers, ...(sum ? { checksum: { ...sum, type: "FULL_OBJECT" as const } } : {}) });
    },
    delete: remove,
    keys(bucket) {
      const prefix = `${bucket}/`;
      const out: string[] = [];
      for (const k of objects.keys()) if (k.startsWith(prefix)) out.push(k.slice(prefix.length));
      return out.sort((a, b) => Buffer.compare(utf8.encode(a), utf8.encode(b)));
    },
    createUpload(bucket, key, headers, now) {
      if (!fits(0, 1)) return full();
      // S3's upload IDs are opaque URL-safe text of about 60 to 100 characters.
      const uploadId = randomBytes(48).toString("base64url");
      uploads.set(uploadId, { bucket, key, initiated: now, headers, parts: new Map() });
      entries += 1;
      return uploadId;
    },
    getUpload(uploadId, bucket, key) {
      const u = uploads.get(uploadId);
      return u && u.bucket === bucket && u.key === key ? u : undefined;
    },
    putPart(upload, partNumber, data, headers, now) {
      const old = upload.parts.get(partNumber);
      if (!fits(data.length, 1, old?.bytes.length ?? 0, old ? 1 : 0)) return full();
      if (old) {
        bytes -= old.bytes.length;
        entries -= 1;
      }
      const sum = getChecksumHeader(headers);
      const part: StoredPart = { bytes: data, etag: getEtag(data), lastModified: now, ...(sum ? { checksum: sum } : {}) };
      upload.parts.set(partNumber, part);
      bytes += data.length;
      entries += 1;
      return part;
    },
    complete(uploadId, upload, list, now) {
      const chosen: StoredPart[] = [];
      for (let i = 0; i < list.length; i++) {
        const p = list[i]!;
        const at = (): Array<[string, string]> => [["UploadId", uploadId], ["PartNumber", String(p.partNumber)], ["ETag", p.etag.replace(/"/g, "")]];
        if (i > 0 && p.partNumber <= list[i - 1]!.partNumber) return storeError("InvalidPartOrder", at());
        const part = upload.parts.get(p.partNumber);
        if (!part || part.etag.replace(/"/g, "") !== p.etag.replace(/"/g, "")) return storeError("InvalidPart", at());
        chosen.push(part);
      }
      for (let i = 0; i < chosen.length - 1; i++) {
        const size = chosen[i]!.bytes.length;
        if (size < MIN_S3_PART_BYTES) {
          return storeError("EntityTooSmall", [["ProposedSize", String(size)], ["MinSizeAllowed", String(MIN_S3_PART_BYTES)], ["PartNumber", String(list[i]!.partNumber)], ["ETag", chosen[i]!.etag.replace(/"/g, "")]]);
        }
      }
      const total = chosen.reduce((n, p) => n + p.bytes.length, 0);
      const old = objects.get(id(upload.bucket, upload.key));
      const partBytes = [...upload.parts.values()].reduce((n, p) => n + p.bytes.length, 0);
      if (!fits(total, 1, partBytes + (old?.bytes.length ?? 0), upload.parts.size + 1 + (old ? 1 : 0))) return full();
      const data = new Uint8Array(total);
      let offset = 0;
      for (const p of chosen) {
        data.set(p.bytes, offset);
        offset += p.bytes.length;
      }
      this.abort(uploadId);
      const header = getChecksumHeader(upload.headers.map(([n, v]): [string, string] => [n === "x-amz-checksum-algorithm" ? `x-amz-checksum-${v.toLowerCase()}` : n, v]))?.header ?? chosen[0]?.checksum?.header;
      const sums = chosen.map((p) => (p.checksum !== undefined && p.checksum.header === header ? p.checksum.value : undefined));
      const composite = header && sums.every((v) => v !== undefined) ? getCompositeChecksum(header, sums as string[]) : undefined;
      const headers = upload.headers.filter(([n]) => !n.startsWith("x-amz-checksum-"));
      return store(upload.bucket, upload.key, {
        bytes: data,
        etag: getMultipartEtag(chosen.map((p) => p.etag)),
        lastModified: now,
        headers,
        partCount: chosen.length,
        ...(composite && header ? { checksum: { header, value: composite, type: "COMPOSITE" as const } } : {}),
      });
    },
    abort(uploadId) {
      const u = uploads.get(uploadId);
      if (!u) return;
      for (const p of u.parts.values()) bytes -= p.bytes.length;
      entries -= u.parts.size + 1;
      uploads.delete(uploadId);
    },
    usage: () => ({ bytes, entries }),
  };
}
