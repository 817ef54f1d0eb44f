import { getClientUpload } from "../lab/index.ts";
import type { UploadClient } from "../lab/index.ts";
import { CURL_USER_AGENT } from "./constants.ts";
import type { PutClient } from "./types.ts";

/** What one client puts on the wire for a PUT of a file: its Content-Type, extra headers, and the body's shape. */
export interface ClientModel {
  label: string;
  /** The Content-Type it sends for a file of this type (the Blob's, or the `-H` value); null = no header at all. */
  contentType(fileType: string): string | null;
  /** true: the file is wrapped in a multipart/form-data part. */
  multipart: boolean;
  /** Other headers it sends that S3 does not sign (never x-amz-*). */
  headers: Array<[string, string]>;
  /** The code the reader wrote, with `url` and `file` standing for the URL and the file. */
  code(fileType: string): string;
}

/**
 * The Content-Type comes from the lab's client models (src/lab/s3/clientContentType.ts, each citing the spec or
 * source it follows: the Fetch standard's "extract a body" for Blob, string and FormData, axios's dispatchRequest.js,
 * OkHttp's RequestBody.kt, curl's manual for -T); `explicit` is a type the code sets itself (curl's -H).
 */
function typeFrom(client: UploadClient, explicit: boolean): (fileType: string) => string | null {
  return (fileType) => getClientUpload(client, { name: "file", type: fileType, text: "" }, explicit && fileType !== "" ? fileType : undefined).contentType;
}

export const PUT_CLIENTS: Record<PutClient, ClientModel> = {
  "fetch-blob": {
    label: "fetch with a Blob or File",
    contentType: typeFrom("fetch-blob", false),
    multipart: false,
    headers: [["Accept", "*/*"]],
    code: () => `fetch(url, { method: "PUT", body: file })`,
  },
  // A charset the client adds breaks a signed `text/plain`: https://github.com/aws/aws-sdk-js/issues/244, #2510.
  "fetch-string": {
    label: "fetch with a string body",
    contentType: typeFrom("fetch-string", false),
    multipart: false,
    headers: [["Accept", "*/*"]],
    code: () => `fetch(url, { method: "PUT", body: await file.text() })`,
  },
  // The FormData case: https://github.com/aws/aws-sdk-js/issues/557 (raw body, multipart/form-data in the StringToSign).
  "fetch-formdata": {
    label: "fetch with a FormData",
    contentType: typeFrom("fetch-form-data", false),
    multipart: true,
    headers: [["Accept", "*/*"]],
    code: () => `const form = new FormData(); form.append("file", file); fetch(url, { method: "PUT", body: form })`,
  },
  // The presigned-PUT failure axios's default causes: https://github.com/aws/aws-sdk-js-v3/issues/5268.
  "axios-default": {
    label: "axios with its default Content-Type (a File, Buffer or string body)",
    contentType: typeFrom("axios-buffer", false),
    multipart: false,
    headers: [["Accept", "application/json, text/plain, */*"]],
    code: () => `axios.put(url, file)`,
  },
  "okhttp-string": {
    label: "OkHttp with a String body and the file's type",
    contentType: typeFrom("okhttp-string", false),
    multipart: false,
    headers: [["User-Agent", "okhttp/4.12.0"], ["Accept-Encoding", "gzip"]],
    code: (type) => `Request.Builder().url(url).put(text.toRequestBody("${type}".toMediaType())).build()`,
  },
  "curl-T": {
    label: "curl -T file",
    contentType: typeFrom("curl-upload-file", false),
    multipart: false,
    headers: [["User-Agent", CURL_USER_AGENT], ["Accept", "*/*"]],
    code: () => `curl -T photo.png "$url"`,
  },
  "curl-H": {
    label: "curl -T file with -H 'Content-Type: …'",
    contentType: typeFrom("curl-upload-file", true),
    multipart: false,
    headers: [["User-Agent", CURL_USER_AGENT], ["Accept", "*/*"]],
    code: (type) => `curl -T photo.png -H 'Content-Type: ${type}' "$url"`,
  },
};

export const PUT_CLIENT_IDS = Object.keys(PUT_CLIENTS) as PutClient[];
