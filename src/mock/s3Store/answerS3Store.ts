import { STATUS_CODES } from "node:http";
import { getHeaderValues, getS3Address, getServiceSpec, parseQueryPairs, renderResponse } from "../lab.ts";
import type { Answer, LabRequest, RequestIntent, Verdict } from "../lab.ts";
import type { ObjectStore } from "./createObjectStore.ts";
import { createStoreResponse } from "./createStoreResponse.ts";
import { getChecksumHeader } from "./getChecksumHeader.ts";
import { getCreateUploadHeaders } from "./getCreateUploadHeaders.ts";
import { parseCompleteMultipartUpload } from "./parseCompleteMultipartUpload.ts";
import { renderListObjectsV2 } from "./renderListObjectsV2.ts";
import { renderCompleteMultipartUpload, renderInitiateMultipartUpload } from "./renderMultipartXml.ts";
import { renderObject } from "./renderObject.ts";
import { STORE_ERRORS, storeError } from "./s3StoreErrors.ts";
import type { StoreError } from "./s3StoreErrors.ts";
import type { Envelope, StoreResponse } from "./types.ts";
import { MAX_S3_PART_NUMBER } from "../lab.ts";

/** What the store needs of one verified S3 request. */
export interface StoreRequest {
  request: LabRequest;
  intent: RequestIntent;
  answer: Answer;
  /** The seed the lab's request id came from, so an error answer carries the same ids. */
  requestSeed: string;
  serverNow: Date;
}

const SSE: [string, string] = ["x-amz-server-side-encryption", "AES256"];

/**
 * The mock's S3 for a request the lab has verified: objects, multipart uploads and listings from the store, with
 * S3's bodies and errors. Returns undefined for an operation the store does not serve (ListBuckets, HeadBucket,
 * CreateBucket…): the lab's own success answer stands.
 */
export function answerS3Store(store: ObjectStore, r: StoreRequest): StoreResponse | undefined {
  const { request, intent, answer, serverNow } = r;
  const { bucket, key, style } = getS3Address(intent.host, intent.path);
  const envelope = getEnvelope(answer);
  const query = new Map<string, string>();
  for (const [name, value] of parseQueryPairs(intent.query)) if (!query.has(name)) query.set(name, value);
  const header = (name: string) => getHeaderValues(request, name)[0];
  const fail = (e: StoreError) => renderStoreError(e, r, envelope);
  const done = (out: StoreResponse | StoreError) => ("extras" in out ? fail(out) : out);
  const echo = (headers: Array<[string, string]>, etag: string): Array<[string, string]> => {
    const sum = getChecksumHeader(headers);
    return [SSE, ["ETag", etag], ...(sum ? ([[sum.header, sum.value]] as Array<[string, string]>) : []), ["Content-Length", "0"]];
  };

  // A browser POST upload: the lab has judged the policy and rendered S3's success (204, 200, 201 with a
  // PostResponse, or the 303 of success_action_redirect, with the same MD5 ETag); the store keeps the file.
  if (answer.object?.operation === "PostObject") {
    const write = answer.object;
    const stored = store.put(write.bucket, write.key, write.bytes, write.headers, serverNow);
    return "extras" in stored ? fail(stored) : answer.response;
  }

  switch (answer.operation) {
    case "PutObject": {
      const write = answer.object;
      if (!write) return undefined;
      const stored = store.put(write.bucket, write.key, write.bytes, write.headers, serverNow);
      return "extras" in stored ? fail(stored) : createStoreResponse(200, envelope, echo(write.headers, stored.etag), "");
    }
    case "GetObject":
    case "HeadObject": {
      const obj = store.get(bucket, key);
      if (!obj) return fail(storeError("NoSuchKey", [["Key", key]]));
      const ask = { method: request.method, range: header("range"), checksumMode: (header("x-amz-checksum-mode") ?? "").trim().toUpperCase() === "ENABLED", ifMatch: header("if-match"), ifNoneMatch: header("if-none-match") };
      return done(renderObject(obj, envelope, ask));
    }
    case "DeleteObject":
      store.delete(bucket, key);
      return createStoreResponse(204, envelope, [], "");
    case "ListObjectsV2": {
      const maxKeys = /^\d{1,4}$/.test(query.get("max-keys") ?? "") ? Math.min(1000, Number(query.get("max-keys"))) : 1000;
      const ask = { prefix: query.get("prefix") ?? "", delimiter: query.get("delimiter") ?? "", maxKeys, startAfter: query.get("start-after") ?? "", continuationToken: query.get("continuation-token"), urlEncode: query.get("encoding-type") === "url" };
      return renderListObjectsV2(bucket, store.keys(bucket), (k) => store.get(bucket, k), ask, envelope);
    }
    case "CreateMultipartUpload": {
      const headers = getCreateUploadHeaders(request);
      const uploadId = store.createUpload(bucket, key, headers, serverNow);
      if (typeof uploadId !== "string") return fail(uploadId);
      const algorithm = headers.find(([n]) => n === "x-amz-checksum-algorithm");
      const extra: Array<[string, string]> = algorithm ? [["x-amz-checksum-algorithm", algorithm[1].toUpperCase()]] : [];
      return createStoreResponse(200, envelope, [SSE, ...extra, ["Content-Type", "application/xml"], ["Content-Length", ""]], renderInitiateMultipartUpload(bucket, key, uploadId));
    }
    case "UploadPart": {
      const write = answer.object;
      if (!write) return undefined;
      const uploadId = query.get("uploadId") ?? "";
      const number = query.get("partNumber") ?? "";
      if (!/^\d{1,5}$/.test(number) || Number(number) < 1 || Number(number) > MAX_S3_PART_NUMBER) {
        return fail(storeError("InvalidArgument", [["ArgumentName", "partNumber"], ["ArgumentValue", number]]));
      }
      const upload = store.getUpload(uploadId, bucket, key);
      if (!upload) return fail(storeError("NoSuchUpload", [["UploadId", uploadId]]));
      const part = store.putPart(upload, Number(number), write.bytes, write.headers, serverNow);
      return "extras" in part ? fail(part) : createStoreResponse(200, envelope, echo(write.headers, part.etag), "");
    }
    case "CompleteMultipartUpload": {
      const uploadId = query.get("uploadId") ?? "";
      const upload = store.getUpload(uploadId, bucket, key);
      if (!upload) return fail(storeError("NoSuchUpload", [["UploadId", uploadId]]));
      const parts = parseCompleteMultipartUpload(new TextDecoder().decode(request.body));
      if (!parts) return fail(storeError("MalformedXML"));
      const obj = store.complete(uploadId, upload, parts, serverNow);
      if ("extras" in obj) return fail(obj);
      const host = header("host") ?? intent.host;
      const path = style === "path" ? `/${encodeURIComponent(bucket)}/${encodeKeyPath(key)}` : `/${encodeKeyPath(key)}`;
      return createStoreResponse(200, envelope, [SSE, ["Content-Type", "application/xml"], ["Content-Length", ""]], renderCompleteMultipartUpload(`http://${host}${path}`, bucket, key, obj));
    }
    case "AbortMultipartUpload": {
      const uploadId = query.get("uploadId") ?? "";
      if (!store.getUpload(uploadId, bucket, key)) return fail(storeError("NoSuchUpload", [["UploadId", uploadId]]));
      store.abort(uploadId);
      return createStoreResponse(204, envelope, [], "");
    }
    default:
      return undefined;
  }
}

function encodeKeyPath(key: string): string {
  return key.split("/").map(encodeURIComponent).join("/");
}

/** The lab's request id, host id and date from its success answer, and the extra headers it chose to send. */
function getEnvelope(answer: Answer): Envelope {
  const get = (name: string) => answer.response.headers.find(([n]) => n.toLowerCase() === name)?.[1] ?? "";
  const known = new Set(["x-amz-request-id", "x-amz-id-2", "date", "server", "content-type", "content-length", "etag", "last-modified", "accept-ranges"]);
  const extra = answer.response.headers.filter(([n]) => !known.has(n.toLowerCase()));
  return { requestId: get("x-amz-request-id"), hostId: get("x-amz-id-2"), date: get("date"), extra };
}

/** A store error in S3's error body, through the lab's REST-XML renderer (same ids, HEAD without a body). */
function renderStoreError(e: StoreError, r: StoreRequest, envelope: Envelope): StoreResponse {
  const { status } = STORE_ERRORS[e.code];
  const message = e.message ?? STORE_ERRORS[e.code].message;
  const verdict: Verdict = { ...r.answer.verdict, outcome: e.code, status, message, failedCheck: null, extras: e.extras, ...(envelope.extra.length ? { extraHeaders: envelope.extra } : {}) };
  const res = renderResponse(verdict, { service: getServiceSpec("s3"), mode: "aws", serverNow: r.serverNow, requestId: r.requestSeed, method: r.request.method });
  return { ...res, statusText: STATUS_CODES[status] ?? res.statusText, code: e.code };
}
