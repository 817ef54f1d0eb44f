import { createStoreResponse } from "./createStoreResponse.ts";
import { escapeXml } from "./escapeXml.ts";
import type { Envelope, StoredObject, StoreResponse } from "./types.ts";

const S3_XMLNS = "http://s3.amazonaws.com/doc/2006-03-01/";

/** ListObjectsV2's query parameters (S3 API reference, ListObjectsV2, URI request parameters). */
export interface ListAsk {
  prefix: string;
  delimiter: string;
  maxKeys: number;
  startAfter: string;
  continuationToken: string | undefined;
  /** `encoding-type=url`, which botocore sends by default and then decodes. */
  urlEncode: boolean;
}

/** S3's `encoding-type=url`: keys percent-encoded as form values are (botocore unquotes them with unquote_plus). */
function encodeKey(key: string): string {
  return encodeURIComponent(key).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * ListObjectsV2 from the store, elements in the order of AWS's example response (S3 API reference, ListObjectsV2,
 * "Examples"; the lab's own sample listing follows it): Name, Prefix, tokens, KeyCount, MaxKeys, Delimiter,
 * EncodingType, IsTruncated, StartAfter, Contents (Key, LastModified, ETag, Size, StorageClass), CommonPrefixes.
 * The continuation token is the last key returned, base64 (S3's are opaque).
 */
export function renderListObjectsV2(bucket: string, keys: string[], get: (key: string) => StoredObject | undefined, ask: ListAsk, envelope: Envelope): StoreResponse {
  const after = ask.continuationToken !== undefined ? Buffer.from(ask.continuationToken, "base64").toString("utf8") : ask.startAfter;
  const enc = (s: string) => escapeXml(ask.urlEncode ? encodeKey(s) : s);
  const contents: string[] = [];
  const prefixes: string[] = [];
  let count = 0;
  let last = "";
  let truncated = false;
  for (const key of keys) {
    if (!key.startsWith(ask.prefix)) continue;
    let common: string | undefined;
    if (ask.delimiter !== "") {
      const cut = key.indexOf(ask.delimiter, ask.prefix.length);
      if (cut !== -1) common = key.slice(0, cut + ask.delimiter.length);
    }
    if (after !== "" && (common ?? key) <= after) continue;
    if (common !== undefined && prefixes.at(-1) === common) continue;
    if (count >= ask.maxKeys) {
      truncated = true;
      break;
    }
    count++;
    if (common !== undefined) {
      prefixes.push(common);
      last = common;
      continue;
    }
    const obj = get(key)!;
    last = key;
    contents.push(
      `<Contents><Key>${enc(key)}</Key><LastModified>${obj.lastModified.toISOString()}</LastModified>` +
        `<ETag>${escapeXml(obj.etag)}</ETag><Size>${obj.bytes.length}</Size><StorageClass>STANDARD</StorageClass></Contents>`,
    );
  }
  const body =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<ListBucketResult xmlns="${S3_XMLNS}"><Name>${escapeXml(bucket)}</Name><Prefix>${enc(ask.prefix)}</Prefix>` +
    (ask.continuationToken !== undefined ? `<ContinuationToken>${escapeXml(ask.continuationToken)}</ContinuationToken>` : "") +
    (truncated ? `<NextContinuationToken>${Buffer.from(last, "utf8").toString("base64")}</NextContinuationToken>` : "") +
    `<KeyCount>${count}</KeyCount><MaxKeys>${ask.maxKeys}</MaxKeys>` +
    (ask.delimiter !== "" ? `<Delimiter>${enc(ask.delimiter)}</Delimiter>` : "") +
    (ask.urlEncode ? `<EncodingType>url</EncodingType>` : "") +
    `<IsTruncated>${truncated}</IsTruncated>` +
    (ask.startAfter !== "" ? `<StartAfter>${enc(ask.startAfter)}</StartAfter>` : "") +
    contents.join("") +
    prefixes.map((p) => `<CommonPrefixes><Prefix>${enc(p)}</Prefix></CommonPrefixes>`).join("") +
    `</ListBucketResult>`;
  return createStoreResponse(200, envelope, [["Content-Type", "application/xml"], ["Content-Length", ""]], body);
}
