import { answerRequest } from "../../answerRequest.ts";
import { serializeRawRequest } from "../../request/serializeRawRequest.ts";
import type { ScenarioRun } from "../../scenario/runScenario.ts";
import { serializeResponse } from "../../scenario/serializeResponse.ts";
import { createDefaultWorld } from "../../world/defaultWorld.ts";
import { createPostRequest } from "./createPostRequest.ts";
import { getPostScenario } from "./postScenarios.ts";

/** Runs a POST scenario (postScenarios.ts) through S3's front door at the given server time, like runScenario. */
export function runPostScenario(id: string, serverNow: string): ScenarioRun | { error: string } {
  const spec = getPostScenario(id);
  if (!spec) return { error: `unknown POST scenario \`${id}\` (ids are in src/lab/s3/postObject/postScenarios.ts)` };
  const now = new Date(serverNow);
  const req = createPostRequest(spec, now);
  const answer = answerRequest(req, { service: "s3", region: "us-east-1", mode: "aws" }, createDefaultWorld(now), `post-scenario-${id}`);
  return {
    unsigned: req,
    signed: req,
    signedText: serializeRawRequest(req),
    signing: null,
    client: null,
    verdict: answer.verdict,
    response: answer.response,
    responseText: serializeResponse(answer.response),
    diff: null,
    operation: answer.operation,
  };
}
