import { SHA256_HEADER, STREAMING_PAYLOAD_PREFIX, UNSIGNED_PAYLOAD } from "../../constants.ts";
import { hashBody } from "../hashBody.ts";
import { getHeaderValues } from "../../request/getHeaderValues.ts";
import { pass, type Step } from "../types.ts";

/**
 * S3 signs `x-amz-content-sha256` literally and then checks a hex value against the body it reads.
 * Streaming (`aws-chunked`) bodies are verified chunk by chunk by checkStreamingPayload.
 */
export const checkPayloadHash: Step = (ctx) => {
  if (ctx.family !== "s3" || ctx.auth.kind !== "auth") return null;
  const declared = getHeaderValues(ctx.req, SHA256_HEADER)[0];
  if (declared === undefined) return pass(`No x-amz-content-sha256 header: the payload is ${UNSIGNED_PAYLOAD}.`);
  if (declared === UNSIGNED_PAYLOAD) return pass(`Payload declared ${UNSIGNED_PAYLOAD}: the body is not checked.`);
  if (declared.startsWith(STREAMING_PAYLOAD_PREFIX)) return pass(`Payload declared \`${declared}\`: the aws-chunked body is checked next.`);
  const actual = hashBody(ctx.req.body);
  if (!/^[0-9a-fA-F]{64}$/.test(declared) || declared.toLowerCase() === actual) return pass(`x-amz-content-sha256 matches the body (${actual}).`);
  return {
    passed: false,
    detail: `x-amz-content-sha256 ${declared}, body hashes to ${actual}.`,
    kind: "payloadHashMismatch",
    params: {},
    summary: `The x-amz-content-sha256 header says \`${declared}\`, but the body received hashes to \`${actual}\`: the body changed after signing (a proxy, a re-encoding, a retried stream).`,
    fix: "Hash exactly the bytes you send, after any compression or encoding, and do not modify the body after signing.",
  };
};
