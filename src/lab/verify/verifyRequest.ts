import { resolveError } from "../catalogue/resolveError.ts";
import type { CheckResult, Endpoint, LabRequest, Verdict, World } from "../types.ts";
import { STEP_CHECK, type StepId } from "./checkOrder.ts";
import { checkAccessKey } from "./checks/checkAccessKey.ts";
import { checkAlgorithm } from "./checks/checkAlgorithm.ts";
import { checkAuthMechanism } from "./checks/checkAuthMechanism.ts";
import { checkAuthSyntax } from "./checks/checkAuthSyntax.ts";
import { checkBucketRegion } from "./checks/checkBucketRegion.ts";
import { checkClockSkew } from "./checks/checkClockSkew.ts";
import { checkCredentialScope } from "./checks/checkCredentialScope.ts";
import { checkCredentialShape } from "./checks/checkCredentialShape.ts";
import { checkDate } from "./checks/checkDate.ts";
import { checkDynamoDbLocalKey } from "./checks/checkDynamoDbLocalKey.ts";
import { checkHeadersNotSigned } from "./checks/checkHeadersNotSigned.ts";
import { checkHostSigned } from "./checks/checkHostSigned.ts";
import { checkPayloadHash } from "./checks/checkPayloadHash.ts";
import { checkPresignExpiry } from "./checks/checkPresignExpiry.ts";
import { checkPresignNotYetValid } from "./checks/checkPresignNotYetValid.ts";
import { checkProtocolPrechecks } from "./checks/checkProtocolPrechecks.ts";
import { checkSessionToken } from "./checks/checkSessionToken.ts";
import { checkSignature } from "./checks/checkSignature.ts";
import { checkStreamingPayload } from "./checks/checkStreamingPayload.ts";
import { checkChecksums } from "./checks/checkChecksums.ts";
import { createVerifyContext } from "./createVerifyContext.ts";
import type { Step, StepFailure, VerifyContext } from "./types.ts";

const STEPS: Record<StepId, Step> = {
  bucketRegion: checkBucketRegion,
  presignNotYetValid: checkPresignNotYetValid,
  protocol: checkProtocolPrechecks,
  authMechanism: checkAuthMechanism,
  algorithm: checkAlgorithm,
  authParams: checkAuthSyntax,
  hostSigned: checkHostSigned,
  date: checkDate,
  clockSkew: checkClockSkew,
  credentialShape: checkCredentialShape,
  credentialScope: checkCredentialScope,
  sessionToken: checkSessionToken,
  accessKey: checkAccessKey,
  headersNotSigned: checkHeadersNotSigned,
  signature: checkSignature,
  presignExpiry: checkPresignExpiry,
  payloadHash: checkPayloadHash,
  streamingPayload: checkStreamingPayload,
  checksums: checkChecksums,
};

const DYNAMODB_LOCAL_MODEL = "DynamoDB Local 2.x (§9): no signature or secret check; only the access key ID's characters are checked.";

/**
 * Verifies a request as AWS's front door would: runs the checks in the order `checkOrder.ts` gives for the
 * service's family, stops at the first failure, and names the exact error with its catalogue entry. The server's
 * SigV4 computation is attached whenever the request carried enough to compute it. Never throws on bad input.
 */
export function verifyRequest(req: LabRequest, endpoint: Endpoint, world: World): Verdict {
  return verifyContext(createVerifyContext(req, endpoint, world));
}

/** The verdict for a request already read into its context (answerRequest reads once, then verifies and renders). */
export function verifyContext(ctx: VerifyContext): Verdict {
  const local = ctx.endpoint.mode === "dynamodb-local";
  const steps: Array<[StepId, Step]> = local
    ? [["protocol", checkProtocolPrechecks], ["accessKey", checkDynamoDbLocalKey]]
    : ctx.order.steps.map((id) => [id, STEPS[id]]);
  const model = local ? DYNAMODB_LOCAL_MODEL : ctx.order.model;
  const checks: CheckResult[] = [];
  const notes: string[] = [];
  for (const [id, step] of steps) {
    const result = step(ctx);
    if (result === null) continue;
    checks.push({ check: STEP_CHECK[id], passed: result.passed, detail: result.detail });
    if (!result.passed) return createFailure(ctx, id, result, checks, model);
    if (result.note) notes.push(result.note);
  }
  return {
    outcome: "ok",
    status: 200,
    message: "",
    failedCheck: null,
    catalogueId: null,
    confidence: null,
    explanation: {
      summary: local
        ? "DynamoDB Local accepted the request: it does not check signatures or secrets."
        : [`${ctx.service.title} accepted the request: every authentication check passed and the signature matches.`, ...notes].join(" "),
      fix: "Nothing to fix.",
      model,
    },
    checks,
    server: ctx.trace,
    extras: [],
  };
}

function createFailure(ctx: VerifyContext, id: StepId, failure: StepFailure, checks: CheckResult[], model: string): Verdict {
  const resolved = resolveError(failure.kind, ctx.service, failure.params);
  const notes = [failure.note, resolved.note].filter(Boolean).join(" ");
  return {
    outcome: resolved.code,
    status: resolved.status,
    message: resolved.message,
    failedCheck: STEP_CHECK[id],
    catalogueId: resolved.catalogueId,
    confidence: resolved.confidence,
    explanation: { summary: failure.summary, fix: failure.fix, model: notes ? `${model} ${notes}` : model },
    checks,
    server: ctx.trace,
    extras: resolved.extras,
    ...(resolved.extraHeaders.length > 0 ? { extraHeaders: resolved.extraHeaders } : {}),
  };
}
