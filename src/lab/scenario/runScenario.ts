import { diffCanonicalRequests } from "../diff/diffCanonicalRequests.ts";
import type { CanonicalDiff } from "../diff/diffCanonicalRequests.ts";
import { answerRequest } from "../answerRequest.ts";
import { parseRawRequest } from "../request/parseRawRequest.ts";
import { serializeRawRequest } from "../request/serializeRawRequest.ts";
import { explainSigning } from "../sign/explainSigning.ts";
import { signWithSmithy } from "../sign/signWithSmithy.ts";
import type { LabRequest, LabResponse, RawHeader, Scenario, SigningOptions, SigningTrace, Verdict, World } from "../types.ts";
import { createDefaultWorld } from "../world/defaultWorld.ts";
import { answerFrontDoor, getFrontDoor } from "../frontDoors/index.ts";
import { applyTransit } from "../frontDoors/applyTransit.ts";
import { getServiceSpec, SERVICES } from "../world/services.ts";
import { serializeResponse } from "./serializeResponse.ts";
import { tamperAfterSigning } from "./tamperAfterSigning.ts";
import { frameAwsChunkedRequest } from "../s3/awsChunked/frameAwsChunkedRequest.ts";

export interface ScenarioRun {
  /** The request as written, before signing. */
  unsigned: LabRequest;
  /** The request as it reaches AWS: signed, then changed by any after-signing fault. */
  signed: LabRequest;
  signedText: string;
  /** How the client signed, and the lab's replay of it (null when the scenario sends no signature). */
  signing: SigningOptions | null;
  client: SigningTrace | null;
  verdict: Verdict;
  response: LabResponse;
  responseText: string;
  /** Client canonical request against the server's, when both exist. */
  diff: CanonicalDiff | null;
  operation: string;
}

export type ScenarioResult = ScenarioRun | { error: string };

function splitOutHeader(req: LabRequest, name: string): { req: LabRequest; removed: RawHeader[] } {
  const lower = name.toLowerCase();
  return {
    req: { ...req, headers: req.headers.filter((h) => h.name.toLowerCase() !== lower) },
    removed: req.headers.filter((h) => h.name.toLowerCase() === lower),
  };
}

/**
 * One lab run: parse the request, sign it with the AWS SDK's signer at the client's clock (server time + skew),
 * apply after-signing faults, verify it with the lab's model of AWS's front door, and render AWS's answer.
 * Unusable input (a request that does not parse, a bad date, a signer failure) comes back as `{ error }`.
 */
export async function runScenario(s: Scenario, world?: World): Promise<ScenarioResult> {
  const parsed = parseRawRequest(s.request);
  if (!parsed.ok) return { error: `The request does not parse${parsed.line ? ` (line ${parsed.line})` : ""}: ${parsed.error}` };
  if (!Object.hasOwn(SERVICES, s.service)) return { error: `Unknown service \`${s.service}\`: expected one of ${Object.keys(SERVICES).join(", ")}.` };
  const serverNow = new Date(s.serverNow);
  if (Number.isNaN(serverNow.getTime())) return { error: `serverNow \`${s.serverNow}\` is not an ISO-8601 time such as 2024-01-02T03:04:05Z.` };
  if (!Number.isFinite(s.clockSkewSeconds)) return { error: `clockSkewSeconds must be a number of seconds, got \`${s.clockSkewSeconds}\`.` };

  const spec = getServiceSpec(s.service);
  const door = s.frontDoor === undefined ? undefined : getFrontDoor(s.frontDoor);
  if (s.frontDoor !== undefined && !door) return { error: `Unknown front door \`${s.frontDoor}\`.` };
  const serverWorld: World = world ? { ...world, now: serverNow } : createDefaultWorld(serverNow);
  const unsigned = parsed.request;
  const held = s.leaveHeaderUnsigned ? splitOutHeader(unsigned, s.leaveHeaderUnsigned) : { req: unsigned, removed: [] };

  let signed: LabRequest = held.req;
  let signing: SigningOptions | null = null;
  let client: SigningTrace | null = null;
  if (!s.skipSigning) {
    signing = {
      service: s.signingService ?? door?.signingName ?? spec.signingName,
      region: s.region,
      credentials: { ...s.credentials },
      signingDate: new Date(serverNow.getTime() + s.clockSkewSeconds * 1000),
      mode: s.mode,
      ...(s.expiresIn !== undefined ? { expiresIn: s.expiresIn } : {}),
      normalizePath: s.encodePathOnce ? false : spec.normalizePath,
      applyChecksum: s.applyChecksum ?? door?.signsContentSha256 ?? spec.signsContentSha256,
      unsignedPayload: s.mode === "query" && s.service === "s3" && !door,
      tokenAfterSigning: s.tokenAfterSigning ?? door?.tokenAfterSigning ?? false,
    };
    try {
      signed = await signWithSmithy(held.req, signing);
      client = explainSigning(signed, signing);
    } catch (e) {
      return { error: `The client could not sign this request: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
  if (held.removed.length > 0) signed = { ...signed, headers: [...signed.headers, ...held.removed] };
  if (s.awsChunked) signed = frameAwsChunkedRequest(signed, client, s.awsChunked);
  if (s.tamper && s.tamper !== "unsigned-header") {
    signed = tamperAfterSigning(signed, s.tamper, client ? client.signedHeaders.split(";") : []);
  }

  if (s.afterSigning) signed = applyTransit(signed, s.afterSigning);

  const endpoint = { service: s.service, region: s.endpointRegion ?? s.region, mode: s.endpointMode };
  const signedText = serializeRawRequest(signed);
  const seed = `${s.serverNow}\n${signedText}`;
  const { verdict, response, operation } = door
    ? answerFrontDoor(signed, door, endpoint.region, serverWorld, seed)
    : answerRequest(signed, endpoint, serverWorld, seed);
  const serverCanonical = verdict.server.canonicalRequest;
  return {
    unsigned,
    signed,
    signedText,
    signing,
    client,
    verdict,
    response,
    responseText: serializeResponse(response),
    diff: client && serverCanonical ? diffCanonicalRequests(client.canonicalRequest, serverCanonical) : null,
    operation,
  };
}
