import { SHA256_HEADER, STREAMING_PAYLOAD_PREFIX, UNSIGNED_PAYLOAD } from "../../constants.ts";
import { hashBody } from "../hashBody.ts";
import { getHeaderValues } from "../../request/getHeaderValues.ts";
import { pass, type Step } from "../types.ts";

const SHA256_HEX = /^[0-9a-fA-F]{64}$/;

/**
 * S3 signs `x-amz-content-sha256` literally, then reads its value: `UNSIGNED-PAYLOAD`, a `STREAMING-…` mode (verified
 * chunk by chunk by checkStreamingPayload), or a hex SHA-256 that must equal the body's. Anything else is an
 * InvalidArgument; a hash that differs is XAmzContentSHA256Mismatch, naming both values (resolveS3Error.ts).
 */
export const checkPayloadHash: Step = (ctx) => {
  if (ctx.family !== "s3" || ctx.auth.kind !== "auth") return null;
  const declared = getHeaderValues(ctx.req, SHA256_HEADER)[0];
  if (declared === undefined) return pass(`No x-amz-content-sha256 header: the payload is ${UNSIGNED_PAYLOAD}.`);
  if (declared === UNSIGNED_PAYLOAD) return pass(`Payload declared ${UNSIGNED_PAYLOAD}: the body is not checked.`);
  if (declared.startsWith(STREAMING_PAYLOAD_PREFIX)) return pass(`Payload declared \`${declared}\`: the aws-chunked body is checked next.`);
  if (!SHA256_HEX.test(declared)) {
    return {
      passed: false,
      detail: `x-amz-content-sha256 \`${declared}\` is neither 64 hex digits nor a known literal.`,
      kind: "contentSha256Invalid",
      params: { contentSha256: declared },
      summary: `The x-amz-content-sha256 header holds \`${declared}\`, which is not a hex SHA-256, \`${UNSIGNED_PAYLOAD}\` or a \`STREAMING-…\` mode: S3 refuses the value itself (a base64 digest, an MD5, a misspelt literal).`,
      fix: `Send the body's SHA-256 as 64 lowercase hex digits (\`sha256sum\`, not base64), or \`${UNSIGNED_PAYLOAD}\`, and sign that same value.`,
    };
  }
  const actual = hashBody(ctx.req.body);
  if (declared.toLowerCase() === actual) return pass(`x-amz-content-sha256 matches the body (${actual}).`);
  return {
    passed: false,
    detail: `x-amz-content-sha256 ${declared}, body hashes to ${actual}.`,
    kind: "payloadHashMismatch",
    params: { contentSha256: declared, bodySha256: actual },
    summary: `The x-amz-content-sha256 header says \`${declared}\`, but the ${ctx.req.body.length}-byte body S3 read hashes to \`${actual}\`: the hash was computed over other bytes than those sent (an empty body hashed before a stream was read, a body re-encoded or changed after signing).`,
    fix: "Hash exactly the bytes you send, after any compression or encoding, or declare UNSIGNED-PAYLOAD; do not modify the body after signing.",
  };
};
