import type { Answer } from "../answerRequest.ts";
import { TOKEN_QUERY_PARAM } from "../constants.ts";
import { createRequestId } from "../render/createRequestId.ts";
import { createResponse } from "../render/createResponse.ts";
import { formatHttpDate } from "../render/formatHttpDate.ts";
import type { Endpoint, LabRequest, LabResponse, Verdict, World } from "../types.ts";
import { parseAuthorization } from "../verify/parseAuthorization.ts";
import { verifyRequest } from "../verify/verifyRequest.ts";
import { removeQueryParam } from "./removeQueryParam.ts";
import type { DoorFailure, FrontDoor } from "./types.ts";

const SHARED_ORDER =
  "The REST-JSON family's checks, in dynalite's order (DynamoDB, 2013) without its `AWS4-` gate; no source probed a front door's own order.";

function failureVerdict(door: FrontDoor, f: DoorFailure): Verdict {
  return {
    outcome: f.code,
    status: f.status,
    message: f.message,
    failedCheck: f.check,
    catalogueId: f.catalogueId,
    confidence: f.confidence,
    explanation: { summary: f.summary, fix: f.fix, model: `${door.title} answers this before the SigV4 checks: ${door.modelNote}` },
    checks: [{ check: f.check, passed: false, detail: f.summary }],
    server: {},
    extras: [],
  };
}

/**
 * IoT leaves the session token out of the canonical query: verify the request without it, once the token is known
 * to be the key's live token (the key then counts as resolved, as the token would resolve it).
 */
function verifyTokenOutside(req: LabRequest, endpoint: Endpoint, world: World): Verdict {
  const auth = parseAuthorization(req, "coral");
  const token = auth.kind === "auth" ? auth.sessionToken : undefined;
  const keyId = auth.kind === "auth" ? auth.credential?.split("/")[0] : undefined;
  const owner = world.identities.find((i) => i.accessKeyId === keyId);
  const live = owner?.expiresAt === undefined || world.now.getTime() < Date.parse(owner.expiresAt);
  const resolved = token !== undefined && owner?.sessionToken === token && live;
  const stripped = removeQueryParam(req, TOKEN_QUERY_PARAM);
  const strippedWorld: World = resolved
    ? { ...world, identities: world.identities.map((i) => (i === owner ? { ...i, kind: "long-term" as const, sessionToken: undefined } : i)) }
    : world;
  return verifyRequest(resolved ? stripped : req, endpoint, strippedWorld);
}

/**
 * A presigned URL that fails on its signature but would verify with the session token placed the other way
 * (signed where the door leaves it out, or the reverse): say so, since the generic "secret or request changed"
 * explanation hides the one thing to change.
 */
function explainTokenPlacement(verdict: Verdict, req: LabRequest, door: FrontDoor, endpoint: Endpoint, world: World): Verdict {
  if (door.mode !== "query" || verdict.failedCheck !== "signature") return verdict;
  const other = door.tokenOutsideSignature ? verifyRequest(req, endpoint, world) : verifyTokenOutside(req, endpoint, world);
  if (other.outcome !== "ok") return verdict;
  const summary = door.tokenOutsideSignature
    ? `The URL's signature covers X-Amz-Security-Token, but ${door.title} computes the canonical query without it: the same URL signed without the token verifies.`
    : `X-Amz-Security-Token was added after signing, but ${door.title} computes the canonical query with it: the same URL with the token signed verifies.`;
  const fix = door.tokenOutsideSignature
    ? "Sign without the session token, then append &X-Amz-Security-Token=<URL-encoded token> after X-Amz-Signature."
    : "Put X-Amz-Security-Token among the query parameters before signing, so the signature covers it.";
  return { ...verdict, explanation: { ...verdict.explanation, summary, fix } };
}

function renderSuccess(door: FrontDoor, requestId: string, now: Date): LabResponse {
  if (door.mode === "query") {
    return createResponse(101, [["Upgrade", "websocket"], ["Connection", "Upgrade"], ["x-amzn-RequestId", requestId], ["Date", formatHttpDate(now)]], "");
  }
  return createResponse(200, [["x-amzn-RequestId", requestId], ["Content-Type", "application/json"], ["Content-Length", ""], ["Date", formatHttpDate(now)]], "{}");
}

/**
 * One request at a front door: the door's own checks (routing, required signed headers), then the shared SigV4
 * checks of its base service with the door's signing name, then the door's wording and error format.
 * Pure: the world and the clock come in; `requestSeed` makes the request id reproducible.
 */
export function answerFrontDoor(req: LabRequest, door: FrontDoor, region: string, world: World, requestSeed: string): Answer {
  const requestId = createRequestId(requestSeed, "uuid");
  const endpoint: Endpoint = { service: door.baseService, region, mode: "aws", signingName: door.signingName };
  const early = door.precheck?.(req) ?? null;
  let verdict: Verdict;
  if (early) verdict = failureVerdict(door, early);
  else {
    const shared = door.tokenOutsideSignature ? verifyTokenOutside(req, endpoint, world) : verifyRequest(req, endpoint, world);
    verdict = explainTokenPlacement(door.reword ? door.reword(shared) : shared, req, door, endpoint, world);
    verdict = { ...verdict, explanation: { ...verdict.explanation, model: `${SHARED_ORDER} ${door.title}: ${door.modelNote}` } };
    if (verdict.outcome === "ok") {
      verdict = { ...verdict, explanation: { ...verdict.explanation, summary: `${door.title} accepted the request: every authentication check passed and the signature matches.` } };
    }
  }
  const response = verdict.outcome === "ok" ? renderSuccess(door, requestId, world.now) : door.renderError(verdict, { requestId, serverNow: world.now });
  const auth = parseAuthorization(req, "coral");
  const accessKeyId = auth.kind === "auth" && auth.credential ? (auth.credential.split("/")[0] ?? null) : null;
  return { verdict, response, operation: door.id, accessKeyId, service: door.baseService };
}
