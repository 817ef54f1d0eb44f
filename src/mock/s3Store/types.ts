/** What the mock's object store keeps for one object. */
export interface StoredObject {
  bytes: Uint8Array;
  /** `"<md5 hex>"`, or `"<md5 of the parts' md5s>-N"` for a multipart upload, quotes included. */
  etag: string;
  /** When it was written, by the server's clock. */
  lastModified: Date;
  /** Content-Type, x-amz-meta-*, x-amz-checksum-*… lower-case names, as S3 echoes them on GET and HEAD. */
  headers: Array<[string, string]>;
  /** The checksum S3 reports for it: the algorithm's header name, its value, FULL_OBJECT or COMPOSITE. */
  checksum?: { header: string; value: string; type: "FULL_OBJECT" | "COMPOSITE" };
  /** Multipart objects: how many parts (GetObject ?partNumber is not served). */
  partCount?: number;
}

/** One part of an unfinished multipart upload. */
export interface StoredPart {
  bytes: Uint8Array;
  etag: string;
  lastModified: Date;
  /** The part's x-amz-checksum-* header, when the client sent one. */
  checksum?: { header: string; value: string };
}

/** An unfinished multipart upload: CreateMultipartUpload's headers, and the parts sent so far. */
export interface StoredUpload {
  bucket: string;
  key: string;
  initiated: Date;
  headers: Array<[string, string]>;
  parts: Map<number, StoredPart>;
}

/** A response the mock sends: the lab's shape, plus the object's bytes when the body is binary (GetObject). */
export interface StoreResponse {
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  /** Text bodies (XML); "" when `bytes` carries the body. */
  body: string;
  bytes?: Uint8Array;
  /** The S3 error code, when the store refused the request (for the log line and the exchange's verdict). */
  code?: string;
}

/** The lab's envelope of a verified S3 request: its request id, host id and date, so every answer shares them. */
export interface Envelope {
  requestId: string;
  hostId: string;
  date: string;
  /** Headers the lab added for this request (x-amz-bucket-region…), passed through. */
  extra: Array<[string, string]>;
}
