import { getServiceSpec } from "../lab/index.ts";
import type { Answer, Protocol, ServiceId } from "../lab/index.ts";
import type { SdkFailure } from "./types.ts";

/** The lab's answer to one request, as the SDK-output engine reads it. */
export function toSdkFailure(
  answer: Pick<Answer, "verdict" | "response" | "operation">,
  opts: { service: ServiceId; method?: string; clientSkewSeconds?: number; mode?: "aws" | "dynamodb-local" },
): SdkFailure {
  const protocol: Protocol = opts.mode === "dynamodb-local" ? "dynamodbLocal" : getServiceSpec(opts.service).protocol;
  return {
    status: answer.response.status,
    headers: answer.response.headers,
    body: answer.response.body,
    code: answer.verdict.outcome,
    message: answer.verdict.message,
    service: opts.service,
    protocol,
    operation: answer.operation,
    method: opts.method ?? "POST",
    clientSkewSeconds: opts.clientSkewSeconds ?? 0,
  };
}
