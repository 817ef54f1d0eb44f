import { CURL_USER_AGENT } from "./constants.ts";
import type { PutClient } from "./types.ts";

/** What one client puts on the wire for a PUT of a file: its Content-Type, extra headers, and the body's shape. */
export interface ClientModel {
  label: string;
  /** The Content-Type it sends, from the file's type (the Blob's, or the `-H` value); null = no header at all. */
  contentType(fileType: string, boundary: string): string | null;
  /** true: the file is wrapped in a multipart/form-data part. */
  multipart: boolean;
  /** Other headers it sends that S3 does not sign (never x-amz-*). */
  headers: Array<[string, string]>;
  /** The code the reader wrote, with `url` and `file` standing for the URL and the file. */
  code(fileType: string): string;
}

export const PUT_CLIENTS: Record<PutClient, ClientModel> = {
  // Fetch's "extract a body": a Blob with a non-empty type sets Content-Type to that type, an empty type sets none.
  // source: https://fetch.spec.whatwg.org/#concept-bodyinit-extract (Blob: "If object's type attribute is not the
  // empty byte sequence, set type to its value"), confirmed (the spec, and Chrome's and Firefox's behaviour).
  "fetch-blob": {
    label: "fetch with a Blob or File",
    contentType: (type) => (type === "" ? null : type),
    multipart: false,
    headers: [["Accept", "*/*"]],
    code: () => `fetch(url, { method: "PUT", body: file })`,
  },
  // Fetch's "extract a body": a string (USVString) sets `text/plain;charset=UTF-8`.
  // source: https://fetch.spec.whatwg.org/#concept-bodyinit-extract, confirmed (the spec; a charset the browser
  // added breaking the signature: https://github.com/aws/aws-sdk-js/issues/244, #2510).
  "fetch-string": {
    label: "fetch with a string body",
    contentType: () => "text/plain;charset=UTF-8",
    multipart: false,
    headers: [["Accept", "*/*"]],
    code: () => `fetch(url, { method: "PUT", body: await file.text() })`,
  },
  // Fetch's "extract a body": FormData becomes multipart/form-data with the boundary; the file is one part.
  // source: https://fetch.spec.whatwg.org/#concept-bodyinit-extract ("multipart/form-data; boundary=" + boundary),
  // confirmed (the spec; issue aws/aws-sdk-js-v3#1576 and many presigned-PUT threads).
  "fetch-formdata": {
    label: "fetch with a FormData",
    contentType: (_type, boundary) => `multipart/form-data; boundary=${boundary}`,
    multipart: true,
    headers: [["Accept", "*/*"]],
    code: () => `const form = new FormData(); form.append("file", file); fetch(url, { method: "PUT", body: form })`,
  },
  // axios sets `Content-Type: application/x-www-form-urlencoded` on put/post/patch when none is set, and leaves a
  // Buffer, string, Blob or File body as it is, so that default is what goes out (the browser adapter clears it for
  // FormData only). source: axios 1.x lib/core/dispatchRequest.js (`config.headers.setContentType(
  // 'application/x-www-form-urlencoded', false)` for post/put/patch), 0.x lib/defaults.js (`DEFAULT_CONTENT_TYPE`
  // merged into headers.put), https://github.com/axios/axios, confirmed (several published copies of each; the
  // presigned-PUT failure it causes: https://github.com/aws/aws-sdk-js-v3/issues/5268).
  "axios-default": {
    label: "axios with its default Content-Type (a File, Buffer or string body)",
    contentType: () => "application/x-www-form-urlencoded",
    multipart: false,
    headers: [["Accept", "application/json, text/plain, */*"]],
    code: () => `axios.put(url, file)`,
  },
  // `curl -T file` PUTs the file with no Content-Type header; curl adds User-Agent and Accept: */*.
  // source: https://curl.se/docs/manpage.html#-T ("-T, --upload-file") and curl's default request headers
  // (Host, User-Agent, Accept), single-source (the manual does not list a Content-Type for -T: none is sent).
  "curl-T": {
    label: "curl -T file",
    contentType: () => null,
    multipart: false,
    headers: [["User-Agent", CURL_USER_AGENT], ["Accept", "*/*"]],
    code: () => `curl -T photo.png "$url"`,
  },
  // `curl -H 'Content-Type: …' -T file`: the header as typed.
  "curl-H": {
    label: "curl -T file with -H 'Content-Type: …'",
    contentType: (type) => (type === "" ? null : type),
    multipart: false,
    headers: [["User-Agent", CURL_USER_AGENT], ["Accept", "*/*"]],
    code: (type) => `curl -T photo.png -H 'Content-Type: ${type}' "$url"`,
  },
};

export const PUT_CLIENT_IDS = Object.keys(PUT_CLIENTS) as PutClient[];
