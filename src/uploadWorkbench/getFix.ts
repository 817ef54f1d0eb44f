import type { Verdict } from "../lab/index.ts";
import { PUT_CLIENTS } from "./clients.ts";
import type { PostChoices, PutChoices, ShownRequest, WorkbenchChoices } from "./types.ts";

function headerOf(sent: ShownRequest, name: string): string | null {
  return sent.request.headers.find((h) => h.name.toLowerCase() === name)?.value ?? null;
}

/** The one-line fix for a presigned PUT, from what was signed against what was sent. */
function fixPut(c: PutChoices, verdict: Verdict, sent: ShownRequest): string {
  const sentType = headerOf(sent, "content-type");
  if (verdict.outcome === "ok") {
    if (c.checksum === "js-v3-empty-crc32" && c.fileSize > 0) {
      // AWS signs the query checksum and ignores it; S3-compatible stores check it against the body.
      // source: https://github.com/localstack/localstack/issues/12169, https://github.com/ministackorg/ministack/pull/1705
      // (AWS: 200), https://github.com/seaweedfs/seaweedfs/issues/10216, https://github.com/usekaneo/kaneo/pull/1196
      // (SeaweedFS, Garage, R2 refuse it), confirmed for the stores, single-source for AWS's 200.
      return "AWS S3 takes it (it ignores a checksum in a presigned URL's query), but the URL carries the CRC32 of an empty body (`AAAAAA==`): R2, SeaweedFS and Garage refuse this upload. Create the S3Client with `requestChecksumCalculation: \"WHEN_REQUIRED\"` before presigning.";
    }
    if (!c.signContentType && c.signedContentType !== "") return "Nothing to fix: the presigner left Content-Type unsigned, so any type is accepted (and stored as sent).";
    return "Nothing to fix: the request matches what was signed.";
  }
  if (verdict.outcome === "SignatureDoesNotMatch" && c.signContentType && c.signedContentType !== "" && sentType !== c.signedContentType) {
    if (PUT_CLIENTS[c.client].multipart) return `Send the file itself as the body, not a FormData: \`fetch(url, { method: "PUT", body: file, headers: { "Content-Type": "${c.signedContentType}" } })\`.`;
    if (c.client === "axios-default") return `Pass the signed type: \`axios.put(url, data, { headers: { "Content-Type": "${c.signedContentType}" } })\`.`;
    if (c.client === "fetch-string") return `Send a Blob of the signed type, not a string: \`fetch(url, { method: "PUT", body: new Blob([text], { type: "${c.signedContentType}" }) })\`.`;
    if (c.client === "okhttp-string") return `Send bytes, which OkHttp leaves untyped by a charset: \`text.toByteArray().toRequestBody("${c.signedContentType}".toMediaType())\`.`;
    if (c.client === "curl-T") return `Send the signed type: \`curl -T ${c.fileName} -H 'Content-Type: ${c.signedContentType}' "$url"\`.`;
    return `Send \`Content-Type: ${c.signedContentType}\` exactly as signed (you sent ${sentType === null ? "none" : `\`${sentType}\``}), or presign with the type the client will send.`;
  }
  if (verdict.outcome === "SignatureDoesNotMatch" && c.signContentType && c.signedContentType === "" && sentType !== null) {
    return `Presign with \`ContentType: "${sentType}"\`, the type the client sends, or make the client send no Content-Type.`;
  }
  if (verdict.outcome === "AccessDenied" && /expired/i.test(verdict.message)) {
    return `Presign just before the upload, or with a longer expiry (it was ${c.expiresIn} s; sent ${c.sentAfter} s after signing).`;
  }
  return verdict.explanation.fix;
}

/** The one-line fix for a POST form upload: the file's place first, then the condition S3 names. */
function fixPost(c: PostChoices, verdict: Verdict): string {
  if (verdict.outcome === "ok") return "Nothing to fix: the form matches its policy and signature.";
  if (c.order.indexOf("file") !== c.order.length - 1) return "Append the file last: S3 ignores every field after the file (`form.append(\"file\", file)` after all the policy's fields).";
  if ((verdict.outcome === "EntityTooLarge" || verdict.outcome === "EntityTooSmall") && c.lengthRange) {
    return `Keep the file within content-length-range (${c.lengthRange[0]}–${c.lengthRange[1]} bytes; it is ${c.fileSize}): check \`file.size\` before the upload, or sign a range that allows it.`;
  }
  const failed = /Policy Condition failed: (.+)$/.exec(verdict.message)?.[1];
  if (failed?.includes("$Content-Type")) {
    return `Send a Content-Type field that \`${failed}\` allows (the form sent \`${c.contentTypeField || "none"}\`), or sign a condition that allows \`${c.contentTypeField}\`.`;
  }
  if (failed) return `Make the form's fields satisfy \`${failed}\`, or sign a policy whose conditions allow what the form sends.`;
  return verdict.explanation.fix;
}

/** One sentence: what to change so S3 accepts the upload. */
export function getFix(c: WorkbenchChoices, verdict: Verdict, sent: ShownRequest): string {
  return c.mode === "put" ? fixPut(c, verdict, sent) : fixPost(c, verdict);
}
