/**
 * What an HTTP client sends as `Content-Type` (and body) when you hand it a file for a presigned PUT, for the clients
 * people use with presigned URLs. Pure data and string building, so the workbench (s3bench) and the faults share it.
 * Each model cites the code or spec it follows.
 */
export type UploadClient =
  | "fetch-blob"
  | "fetch-form-data"
  | "fetch-string"
  | "axios-buffer"
  | "axios-object"
  | "okhttp-string"
  | "curl-upload-file";

/** The file the user picked: its name, the type the browser gave it (from the extension), and its text. */
export interface UploadFile {
  name: string;
  type: string;
  text: string;
}

export interface ClientUpload {
  /** The Content-Type header sent, or null when none is. */
  contentType: string | null;
  /** The body bytes sent, as text. */
  body: string;
  /** Where the behaviour comes from. */
  source: string;
}

/** A boundary of the form Chrome's FormData uses (`----WebKitFormBoundary` plus 16 characters). */
export const FORM_DATA_BOUNDARY = "----WebKitFormBoundarysigfixEXAMPLE016";

/**
 * The request a client sends for `file`. `explicit` is a Content-Type the code sets itself (`headers: {…}`): every
 * client here sends it unchanged, except OkHttp, which appends a charset to a string body's type that has none.
 */
export function getClientUpload(client: UploadClient, file: UploadFile, explicit?: string): ClientUpload {
  switch (client) {
    case "fetch-blob":
      // Fetch standard, "extract a body": a Blob's `type`, when not empty, unless the code set Content-Type.
      return { contentType: explicit ?? (file.type === "" ? null : file.type), body: file.text, source: "https://fetch.spec.whatwg.org/#concept-bodyinit-extract" };
    case "fetch-form-data":
      // The same algorithm for FormData: multipart/form-data with a boundary, the file wrapped in one part. An
      // explicit multipart type without the boundary is sent as given, and the body still carries one.
      return { contentType: explicit ?? `multipart/form-data; boundary=${FORM_DATA_BOUNDARY}`, body: wrapInFormData(file), source: "https://fetch.spec.whatwg.org/#concept-bodyinit-extract" };
    case "fetch-string":
      return { contentType: explicit ?? "text/plain;charset=UTF-8", body: file.text, source: "https://fetch.spec.whatwg.org/#concept-bodyinit-extract" };
    case "axios-buffer":
      // axios 1.x lib/core/dispatchRequest.js: put/post/patch get application/x-www-form-urlencoded unless a type
      // is set; transformRequest leaves a string, Buffer or ArrayBuffer body as it is.
      return { contentType: explicit ?? "application/x-www-form-urlencoded", body: file.text, source: "https://github.com/axios/axios/blob/v1.7.9/lib/core/dispatchRequest.js" };
    case "axios-object":
      // axios 1.x lib/defaults/index.js transformRequest: a plain object is JSON, typed application/json.
      return { contentType: explicit ?? "application/json", body: JSON.stringify({ name: file.name }), source: "https://github.com/axios/axios/blob/v1.7.9/lib/defaults/index.js" };
    case "okhttp-string": {
      // OkHttp String.toRequestBody(contentType): a type without a charset gets "; charset=utf-8" appended.
      const type = explicit ?? file.type;
      return { contentType: /;\s*charset=/i.test(type) ? type : `${type}; charset=utf-8`, body: file.text, source: "https://github.com/square/okhttp/blob/master/okhttp/src/commonJvmAndroid/kotlin/okhttp3/RequestBody.kt" };
    }
    case "curl-upload-file":
      // curl -T FILE sends no Content-Type unless -H gives one.
      return { contentType: explicit ?? null, body: file.text, source: "https://curl.se/docs/manpage.html#-T" };
  }
}

/** One form part holding the file, as browsers serialise FormData (RFC 7578). */
export function wrapInFormData(file: UploadFile, field = "file"): string {
  const type = file.type === "" ? "application/octet-stream" : file.type;
  return `--${FORM_DATA_BOUNDARY}\r\nContent-Disposition: form-data; name="${field}"; filename="${file.name}"\r\nContent-Type: ${type}\r\n\r\n${file.text}\r\n--${FORM_DATA_BOUNDARY}--\r\n`;
}
