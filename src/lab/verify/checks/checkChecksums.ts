import { CHECKSUM_ALGORITHMS, CHECKSUM_DIGEST_BYTES, getChecksumAlgorithm } from "../../checksums/checksumAlgorithms.ts";
import { decodeBase64 } from "../../checksums/decodeBase64.ts";
import { getChecksum } from "../../checksums/getChecksum.ts";
import { getContentMd5 } from "../../checksums/getContentMd5.ts";
import { getDeclaredChecksums } from "../../checksums/getDeclaredChecksums.ts";
import { toHex } from "../../crypto/toHex.ts";
import { getHeaderValues } from "../../request/getHeaderValues.ts";
import { pass, type Step, type StepFailure } from "../types.ts";
import { getIgnoredQueryChecksum } from "./getIgnoredQueryChecksum.ts";

const SDK_ALGORITHM = "x-amz-sdk-checksum-algorithm";

function fail(kind: StepFailure["kind"], detail: string, summary: string, fix: string, params: StepFailure["params"] = {}): StepFailure {
  return { passed: false, detail, kind, params, summary, fix };
}

/**
 * S3's payload checksums, after the signature and x-amz-content-sha256 ("SHA256 trumps checksum", Swift's S3 suite):
 * x-amz-trailer against the trailers sent, one x-amz-checksum-* at most (header or trailer; a presigned URL's query
 * checksum is ignored, see getIgnoredQueryChecksum),
 * x-amz-sdk-checksum-algorithm against it, Content-MD5, then each value's form and its match with the object's bytes
 * (the decoded data of an aws-chunked body). Messages and sources: catalogue/resolveS3IntegrityError.ts.
 */
export const checkChecksums: Step = (ctx) => {
  if (ctx.family !== "s3" || ctx.auth.kind !== "auth") return null;
  const chunked = ctx.awsChunked?.ok ? ctx.awsChunked.value : undefined;
  const trailers = chunked?.trailers ?? [];
  const declared = getDeclaredChecksums(ctx.req.headers, [], trailers);
  const announced = getHeaderValues(ctx.req, "x-amz-trailer").flatMap((v) => v.split(",")).map((v) => v.trim().toLowerCase()).filter(Boolean);
  const sdk = getHeaderValues(ctx.req, SDK_ALGORITHM)[0]?.trim();
  const md5 = getHeaderValues(ctx.req, "content-md5")[0]?.trim();
  const ignored = ctx.auth.mode === "query" ? getIgnoredQueryChecksum(ctx.intent.query, ctx.req.body.length) : undefined;
  if (declared.length === 0 && announced.length === 0 && sdk === undefined && md5 === undefined) return ignored ? pass(ignored, ignored) : null;
  const bytes = chunked?.data ?? ctx.req.body;

  const sentOutside = declared.filter((d) => d.from !== "trailer");
  if (sentOutside.length > 1 || declared.filter((d) => d.algorithm).length > 1) {
    return fail("checksumMultiple", `Checksums sent: ${declared.map((d) => d.name).join(", ")}.`,
      `The request carries ${declared.length} checksums (${declared.map((d) => `\`${d.name}\` in the ${d.from}`).join(", ")}); S3 takes exactly one.`,
      "Send one checksum: either the SDK's trailer or your own x-amz-checksum-* header, not both.");
  }
  const unknown = sentOutside.find((d) => !d.algorithm);
  if (unknown) {
    return fail("checksumAlgorithmUnknown", `\`${unknown.name}\` names no algorithm S3 knows.`,
      `\`${unknown.name}\` is not one of S3's checksums (${CHECKSUM_ALGORITHMS.join(", ")}).`, "Use x-amz-checksum-crc32, -crc32c, -crc64nvme, -sha1 or -sha256.");
  }
  if (announced.length > 0) {
    const trailerFailure = checkTrailerAnnouncement(announced, trailers, chunked !== undefined);
    if (trailerFailure) return trailerFailure;
  }
  const checksum = declared[0];
  if (sdk !== undefined) {
    const algorithm = getChecksumAlgorithm(sdk);
    if (!checksum && algorithm) {
      return fail("sdkChecksumWithoutChecksum", `x-amz-sdk-checksum-algorithm ${sdk}, no checksum sent.`,
        `x-amz-sdk-checksum-algorithm says \`${sdk}\`, but no x-amz-checksum-* header, query parameter or trailer carries its value. Typical of a presigned URL signed with the algorithm but sent without the checksum, or a proxy that stripped the header.`,
        "Send the checksum the algorithm announces (or drop x-amz-sdk-checksum-algorithm); for presigned URLs, presign with the checksum value or with requestChecksumCalculation: \"WHEN_REQUIRED\".");
    }
    if (!algorithm || (checksum && checksum.algorithm !== algorithm)) {
      return fail("sdkChecksumAlgorithmInvalid", `x-amz-sdk-checksum-algorithm \`${sdk}\`${checksum ? `, checksum \`${checksum.name}\`` : ""}.`,
        `x-amz-sdk-checksum-algorithm is \`${sdk}\`, which ${algorithm ? `does not match the checksum sent (\`${checksum?.name}\`)` : "is not an algorithm S3 knows"}.`,
        "Send the same algorithm in x-amz-sdk-checksum-algorithm as in the x-amz-checksum-* name.");
    }
  }
  if (md5 !== undefined) {
    const digest = decodeBase64(md5);
    if (!digest || digest.length !== 16) {
      return fail("contentMd5Invalid", `Content-MD5 \`${md5}\` is not base64 of 16 bytes.`,
        `Content-MD5 \`${md5}\` is not the base64 of a 16-byte MD5 digest (a hex digest, or base64 of the hex text, are the usual slips).`,
        "Send base64(md5(body)) of the raw 16-byte digest, e.g. `openssl md5 -binary file | base64`.", { contentMd5: md5 });
    }
    const calculated = getContentMd5(bytes);
    if (calculated !== md5) {
      return fail("contentMd5Mismatch", `Content-MD5 ${md5}, body's MD5 ${calculated}.`,
        `Content-MD5 says \`${md5}\` but the ${bytes.length} bytes received hash to \`${calculated}\`: the body changed after the digest was computed.`,
        "Compute Content-MD5 over exactly the bytes sent (after any compression or re-encoding).",
        { contentMd5: md5, expectedDigest: toHex(digest), calculatedDigest: calculated });
    }
  }
  if (!checksum?.algorithm) return pass(md5 !== undefined ? `Content-MD5 matches the body (${md5}).` : "No x-amz-checksum-* value to check.", ignored);
  const { algorithm, value, name, from } = checksum;
  const trailing = from === "trailer";
  const raw = decodeBase64(value);
  if (!raw || raw.length !== CHECKSUM_DIGEST_BYTES[algorithm]) {
    return fail("checksumInvalid", `${name} \`${value}\` is not base64 of ${CHECKSUM_DIGEST_BYTES[algorithm]} bytes.`,
      `The ${from} \`${name}\` is \`${value}\`, which is not the base64 of a ${CHECKSUM_DIGEST_BYTES[algorithm]}-byte ${algorithm} digest (a hex digest, a decimal CRC, a value cut short?).`,
      `Send base64 of the big-endian ${algorithm} digest, as the SDKs compute it.`, { checksumAlgorithm: algorithm, trailing });
  }
  const actual = getChecksum(algorithm, bytes);
  if (actual === value) return pass(`${name} ${value} matches the ${bytes.length} bytes received.`);
  const empty = actual !== value && value === getChecksum(algorithm, new Uint8Array(0));
  return fail("checksumMismatch", `${name} ${value}, the ${bytes.length} bytes received give ${actual}.`,
    `The ${from} \`${name}\` says \`${value}\`${empty ? `, the ${algorithm} of an empty body,` : ""} but the ${bytes.length} bytes S3 received give \`${actual}\`: the body changed after the checksum was computed, or it was computed over other bytes.`,
    "Compute the checksum over exactly the bytes sent (or let the SDK compute it), and do not change the body afterwards.",
    { checksumAlgorithm: algorithm, trailing });
};

function checkTrailerAnnouncement(announced: string[], trailers: Array<[string, string]>, streaming: boolean): StepFailure | null {
  const unsupported = announced.find((a) => !getChecksumAlgorithm(a) || !a.startsWith("x-amz-checksum-"));
  const sent = trailers.map(([n]) => n);
  const detail = `x-amz-trailer: ${announced.join(", ")}; trailers sent: ${sent.join(", ") || "none"}.`;
  const fix = "Announce in x-amz-trailer exactly the trailer the body ends with, and use a STREAMING-…-TRAILER payload for it.";
  if (!streaming) {
    return fail("malformedTrailer", detail, "x-amz-trailer announces a trailing checksum, but the body is not aws-chunked (x-amz-content-sha256 is not a STREAMING-…-TRAILER value), so it cannot carry one.", fix);
  }
  if (unsupported) return fail("trailerUnsupported", detail, `x-amz-trailer announces \`${unsupported}\`, which is not a checksum S3 accepts as a trailer.`, "Announce one x-amz-checksum-<alg> in x-amz-trailer.");
  if (sent.length === 0 || sent.some((n) => !announced.includes(n))) {
    return fail("malformedTrailer", detail,
      `x-amz-trailer announces ${announced.map((a) => `\`${a}\``).join(", ")}, but the body's trailers are ${sent.length ? sent.map((n) => `\`${n}\``).join(", ") : "missing"}.`, fix);
  }
  return null;
}
