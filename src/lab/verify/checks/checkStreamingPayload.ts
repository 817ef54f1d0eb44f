import { SHA256_HEADER } from "../../constants.ts";
import { sha256Hex } from "../../crypto/sha256Hex.ts";
import { getHeaderValues } from "../../request/getHeaderValues.ts";
import { getChunkStringToSign, getTrailerStringToSign } from "../../s3/awsChunked/getChunkStringToSign.ts";
import { getStreamingPayload } from "../../s3/awsChunked/streamingPayloads.ts";
import { getSignature } from "../../sigv4/getSignature.ts";
import { getSigningKey } from "../../sigv4/getSigningKey.ts";
import { pass, type Step, type StepFailure, type VerifyContext } from "../types.ts";

/** S3 wants every chunk but the last data chunk to hold at least 8 KiB (SW test_strm_sgnd_pyld_too_small_chunks). */
const MIN_CHUNK_BYTES = 8192;
const DECODED_LENGTH_HEADER = "x-amz-decoded-content-length";

const FRAMING_FIX = "Let the SDK frame the body (do not re-encode or truncate it in a proxy), or send the plain body with its SHA-256 (or UNSIGNED-PAYLOAD) in x-amz-content-sha256.";

function fail(kind: StepFailure["kind"], detail: string, summary: string, fix: string, params: StepFailure["params"] = {}): StepFailure {
  return { passed: false, detail, kind, params, summary, fix };
}

/**
 * An `aws-chunked` body (x-amz-content-sha256 `STREAMING-…`), in the order S3 reads it: x-amz-decoded-content-length,
 * the framing, each chunk signature chained from the seed signature (and the 8 KiB rule), the trailer signature,
 * the decoded length. The trailing checksum itself is checked with the header checksums (checkChecksums).
 * Answers follow OpenStack Swift's S3 suite, run against AWS (resolveS3IntegrityError.ts has the sources).
 */
export const checkStreamingPayload: Step = (ctx) => {
  if (ctx.family !== "s3" || ctx.auth.kind !== "auth") return null;
  const declared = getHeaderValues(ctx.req, SHA256_HEADER)[0] ?? "";
  const streaming = getStreamingPayload(declared);
  if (!streaming) return null;
  const lengthText = (getHeaderValues(ctx.req, DECODED_LENGTH_HEADER)[0] ?? "").trim();
  if (!/^\d{1,15}$/.test(lengthText)) {
    return fail("missingDecodedLength", `x-amz-decoded-content-length is \`${lengthText}\`.`,
      `A \`${declared}\` body needs x-amz-decoded-content-length, the object's size before framing; this request has \`${lengthText || "(none)"}\`. S3 answers as if Content-Length were missing.`,
      "Send x-amz-decoded-content-length with the object's byte count (the SDKs do), and sign it.");
  }
  const decoded = ctx.awsChunked;
  if (!decoded || !decoded.ok) {
    const problem = decoded?.ok === false ? decoded : undefined;
    const detail = problem ? `${problem.detail} (byte ${problem.offset}).` : "The body is not aws-chunked.";
    return problem?.problem === "trailer"
      ? fail("malformedTrailer", detail, `The trailing headers after the final chunk are malformed: ${detail}`, "Send each trailer as `name:value\\r\\n` right after the 0-length chunk, then an empty line.")
      : fail("incompleteBody", detail, `The aws-chunked body ends or breaks before its final 0-length chunk: ${detail}`, FRAMING_FIX);
  }
  const { chunks, data, trailerSignature, canonicalTrailers, trailers } = decoded.value;

  if (streaming.signedChunks) {
    const chain = verifyChunkSignatures(ctx, chunks, trailers.length > 0 || streaming.trailer ? { trailerSignature, canonicalTrailers } : undefined);
    if (chain) return chain;
  }
  const expected = Number(lengthText);
  if (data.length !== expected) {
    return fail("incompleteBody", `x-amz-decoded-content-length ${expected}, chunks hold ${data.length} bytes.`,
      `x-amz-decoded-content-length says ${expected} bytes, but the chunks carry ${data.length}: the body changed after the length was computed, or the client counted the framed size.`,
      "Set x-amz-decoded-content-length to the object's size before aws-chunked framing, and do not change the body after signing.",
      { bytesExpected: expected, bytesProvided: data.length });
  }
  return pass(`aws-chunked body: ${chunks.length} chunks${streaming.signedChunks ? ", every chunk signature chained from the seed" : ""}, ${data.length} bytes as x-amz-decoded-content-length says.`);
};

function verifyChunkSignatures(ctx: VerifyContext, chunks: Array<{ size: number; signature: string | undefined; dataStart: number; extensionBeforeSignature: boolean }>,
  trailer: { trailerSignature: string | undefined; canonicalTrailers: string } | undefined): StepFailure | null {
  const { identity, scope, auth } = ctx;
  if (!identity || !scope || auth.kind !== "auth" || auth.date === undefined) return null;
  const { key } = getSigningKey(identity.secretAccessKey, scope.date, scope.region, scope.service);
  const scopeText = `${scope.date}/${scope.region}/${scope.service}/${scope.terminator}`;
  let previous = auth.signature ?? "";
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i]!;
    if (!chunk.signature) {
      return fail("incompleteBody", `chunk ${i + 1} has ${chunk.signature === "" ? "an empty" : "no"} chunk-signature.`,
        `Chunk ${i + 1} has no chunk signature, but x-amz-content-sha256 says every chunk is signed: S3 cannot read the body as a signed stream.`,
        "Sign each chunk (the SDKs do), or declare STREAMING-UNSIGNED-PAYLOAD-TRAILER for unsigned chunks.");
    }
    if (i > 0 && chunk.size > 0 && chunks[i - 1]!.size < MIN_CHUNK_BYTES) {
      return fail("invalidChunkSize", `chunk ${i} holds ${chunks[i - 1]!.size} bytes and is not the last.`,
        `Chunk ${i} holds ${chunks[i - 1]!.size} bytes, but only the last data chunk may be smaller than 8192 bytes.`,
        "Cut the stream into chunks of at least 8 KiB (the SDKs use 64 KiB), except the last.", { chunkNumber: i + 1, badChunkSize: chunks[i - 1]!.size });
    }
    const stringToSign = getChunkStringToSign(auth.date, scopeText, previous, sha256Hex(ctx.req.body.subarray(chunk.dataStart, chunk.dataStart + chunk.size)));
    const expected = getSignature(key, stringToSign);
    if (chunk.signature !== expected || chunk.extensionBeforeSignature) {
      return fail("signatureMismatch", `chunk ${i + 1}: provided ${chunk.signature}, expected ${expected}.`,
        `Chunk ${i + 1}'s signature \`${chunk.signature}\` is not \`${expected}\`, the one S3 computes for these bytes chained from the ${i === 0 ? "seed (request) signature" : `signature of chunk ${i}`}: the chunk's bytes changed after signing, or it was signed with another key, date or previous signature.`,
        "Do not modify the stream after the SDK signs it (a proxy, a retry that rewrites part of the body); check each chunk's string to sign below.",
        { accessKeyId: ctx.claimedAccessKeyId ?? "", stringToSign, signatureProvided: chunk.signature, canonicalRequest: ctx.trace.canonicalRequest ?? "" });
    }
    previous = expected;
  }
  if (!trailer) return null;
  if (!trailer.trailerSignature) {
    return fail("incompleteBody", "no x-amz-trailer-signature after the trailers.",
      "The stream is signed with trailers, but no x-amz-trailer-signature follows the trailing headers.", "Send x-amz-trailer-signature after the trailers (the SDKs do).");
  }
  const stringToSign = getTrailerStringToSign(auth.date, scopeText, previous, sha256Hex(trailer.canonicalTrailers));
  const expected = getSignature(key, stringToSign);
  if (trailer.trailerSignature === expected) return null;
  return fail("signatureMismatch", `trailer: provided ${trailer.trailerSignature}, expected ${expected}.`,
    `x-amz-trailer-signature \`${trailer.trailerSignature}\` is not the one S3 computes over the trailing headers (\`${expected}\`): a trailer changed after signing.`,
    "Do not change the trailing checksum after the SDK signs it; check the trailer string to sign below.",
    { accessKeyId: ctx.claimedAccessKeyId ?? "", stringToSign, signatureProvided: trailer.trailerSignature, canonicalRequest: ctx.trace.canonicalRequest ?? "" });
}
