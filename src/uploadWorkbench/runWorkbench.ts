import { answerRequest, createDefaultWorld, diffCanonicalRequests, explainSigning, inferEndpoint, MAX_BODY_BYTES, serializeResponse } from "../lab/index.ts";
import type { LabRequest, SigningOptions } from "../lab/index.ts";
import { buildPostForm } from "./buildPostForm.ts";
import { checkChoices } from "./checkChoices.ts";
import { buildPutSend } from "./buildPutSend.ts";
import { SIGNED_AT, WORKBENCH_CREDENTIALS } from "./constants.ts";
import { getFix } from "./getFix.ts";
import { presignPut } from "./presignPut.ts";
import { showRequest } from "./showRequest.ts";
import type { ShownRequest, WorkbenchChoices, WorkbenchOutcome } from "./types.ts";

/** What the page says when the file is over the lab's body limit (it never reads a 5 MB form). */
function tooLarge(size: number): string {
  return `The upload is ${(size / 1e6).toFixed(1)} MB (${size} bytes): the workbench judges uploads up to ${MAX_BODY_BYTES / 1048576} MiB (${MAX_BODY_BYTES} bytes), as it builds every byte here in your browser. Choose a smaller file size.`;
}

/**
 * One workbench run: build what was signed and what the client sends from the reader's choices, let the lab's
 * model of S3 judge the bytes (`answerRequest`, the default world, the clock at signing time plus the delay),
 * and say the fix. Unusable input comes back as `{ ok: false, error }`, never as a throw.
 */
export async function runWorkbench(c: WorkbenchChoices): Promise<WorkbenchOutcome> {
  const problem = checkChoices(c);
  if (problem) return { ok: false, error: problem };
  if (c.fileSize > MAX_BODY_BYTES) return { ok: false, error: tooLarge(c.fileSize) };

  let signedTitle: string;
  let signedText: string;
  let sent: ShownRequest;
  let clientSigning: { signed: LabRequest; opts: SigningOptions } | null = null;
  const notes: string[] = [];
  let policy: string | undefined;
  if (c.mode === "put") {
    let presigned: LabRequest;
    try {
      presigned = await presignPut(c);
    } catch (error) {
      return { ok: false, error: `The presigner refused these choices: ${error instanceof Error ? error.message : String(error)}` };
    }
    signedTitle = "Presigned URL (the request the SDK signed)";
    signedText = showRequest(presigned).text;
    sent = buildPutSend(c, presigned);
    const opts: SigningOptions = { service: "s3", region: c.region, credentials: { ...WORKBENCH_CREDENTIALS }, signingDate: new Date(SIGNED_AT), mode: "query", expiresIn: c.expiresIn, normalizePath: false, applyChecksum: false, unsignedPayload: true };
    clientSigning = { signed: presigned, opts };
  } else {
    const form = buildPostForm(c);
    signedTitle = "Policy (what was signed) and its signature";
    signedText = form.signedText;
    sent = form.sent;
    policy = form.policyJson;
    if (form.problem) notes.push(form.problem);
  }
  if (sent.request.body.length > MAX_BODY_BYTES) return { ok: false, error: tooLarge(sent.request.body.length) };

  const world = createDefaultWorld(new Date(Date.parse(SIGNED_AT) + c.sentAfter * 1000));
  const inferred = inferEndpoint(sent.request);
  const answer = answerRequest(sent.request, { service: "s3", region: inferred.region, mode: "aws" }, world, `${SIGNED_AT}\n${c.sentAfter}\n${sent.text}`);
  const server = answer.verdict.server.canonicalRequest;
  const diff = clientSigning && server && answer.verdict.outcome === "SignatureDoesNotMatch" ? diffCanonicalRequests(explainSigning(clientSigning.signed, clientSigning.opts).canonicalRequest, server) : null;
  return {
    ok: true,
    result: {
      signed: { title: signedTitle, text: signedText },
      sent,
      verdict: answer.verdict,
      response: answer.response,
      responseText: serializeResponse(answer.response),
      diff,
      fix: getFix(c, answer.verdict, sent),
      ...(policy !== undefined ? { policy } : {}),
      notes,
    },
  };
}
