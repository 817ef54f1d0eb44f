import { randomUUID } from "node:crypto";
import type { IssuedIdentities } from "./createIssuedIdentities.ts";
import { getAccessKeyId } from "./getAccessKeyId.ts";
import { getSessionToken } from "./getSessionToken.ts";
import { issueTemporaryCredentials } from "./issueTemporaryCredentials.ts";
import { answerRequest, getServiceSpec, renderResponse } from "./lab.ts";
import type { Endpoint, Identity, LabRequest, LabResponse, S3Bucket, Verdict, World } from "./lab.ts";
import { renderStsCredentials } from "./renderStsCredentials.ts";
import { routeRequest } from "./routeRequest.ts";
import { answerS3Store } from "./s3Store/answerS3Store.ts";
import type { ObjectStore } from "./s3Store/createObjectStore.ts";
import type { Route } from "./routeRequest.ts";

/** The endpoint's mutable state: who exists (STS adds to it), which clock, which region and mode. */
export interface MockState {
  region: string;
  mode: "aws" | "dynamodb-local";
  /** The world's identities (the defaults plus `--world`), fixed. */
  identities: Identity[];
  /** What STS issued on this endpoint, at most MAX_ISSUED_IDENTITIES (README, "Limits and safety"). */
  issued: IssuedIdentities;
  optInRegions: string[];
  /** The world's S3 buckets and their regions (a request for one at another region's endpoint is redirected). */
  buckets?: S3Bucket[];
  /** Added to `clock()`; `--clock-offset`. */
  clockOffsetSeconds: number;
  /** The machine's clock in epoch milliseconds (injectable for tests). */
  clock: () => number;
  /** S3's objects and multipart uploads, in memory and bounded (README, "Limits and safety"); none: the lab's sample answers. */
  store?: ObjectStore;
}

/** One request and what the endpoint made of it. */
export interface Exchange {
  request: LabRequest;
  route: Route;
  verdict: Verdict;
  /** `bytes` carries a binary body (an S3 object); otherwise `body` is the text sent. */
  response: LabResponse & { bytes?: Uint8Array };
  accessKeyId: string | null;
  serverNow: Date;
}


/** The server's clock, in whole seconds (AWS's `Date` header and skew messages have no milliseconds). */
export function getServerNow(state: MockState): Date {
  const ms = state.clock() + state.clockOffsetSeconds * 1000;
  return new Date(Math.floor(ms / 1000) * 1000);
}

/**
 * Routes a request, verifies it with the lab against the current world, and renders AWS's answer. A verified STS
 * GetSessionToken or AssumeRole issues temporary credentials into the world, which later requests can use.
 */
export function handleExchange(request: LabRequest, state: MockState): Exchange {
  const serverNow = getServerNow(state);
  const route = routeRequest(request, state.mode);
  // The lab looks identities up in a list: give it the fixed ones plus the issued ones this request names.
  const relevant = [getAccessKeyId(request), getSessionToken(request)];
  const issued = [state.issued.byAccessKeyId(relevant[0] ?? ""), state.issued.bySessionToken(relevant[1] ?? "")].filter((i): i is Identity => i !== undefined);
  const world: World = { now: serverNow, identities: issued.length ? [...state.identities, ...new Set(issued)] : state.identities, optInRegions: state.optInRegions, ...(state.buckets ? { buckets: state.buckets } : {}) };
  const endpoint: Endpoint = { service: route.service, region: state.region, mode: state.mode };
  const requestId = randomUUID();
  // The lab's one answering path, shared with `sigfix verify` and the playground.
  const answer = answerRequest(request, endpoint, world, requestId, route.intent);
  const { verdict } = answer;
  const accessKeyId = answer.accessKeyId ?? getAccessKeyId(request);
  const base = { request, route, accessKeyId, serverNow };

  const issuing = route.service === "sts" && (route.operation === "GetSessionToken" || route.operation === "AssumeRole");
  const caller = accessKeyId === null ? undefined : world.identities.find((i) => i.accessKeyId === accessKeyId);
  if (verdict.outcome === "ok" && issuing && caller !== undefined && state.mode === "aws") {
    const operation = route.operation as "GetSessionToken" | "AssumeRole";
    const issued = issueTemporaryCredentials(operation, route.params, caller, serverNow);
    if (issued.ok) {
      state.issued.add(issued.identity);
      const response = renderStsCredentials(operation, issued.identity, { requestId, serverNow, assumedRoleId: issued.assumedRoleId });
      return { ...base, verdict, response };
    }
    const refused: Verdict = { ...verdict, outcome: issued.code, status: issued.status, message: issued.message, failedCheck: "authorization" };
    const response = renderResponse(refused, { service: getServiceSpec(route.service), mode: state.mode, serverNow, requestId });
    return { ...base, verdict: refused, response };
  }
  // A verified S3 request reaches the object store; the lab has judged it, the store only keeps and serves bytes.
  if (verdict.outcome === "ok" && route.service === "s3" && state.mode === "aws" && state.store) {
    const stored = answerS3Store(state.store, { request, intent: route.intent, answer, requestSeed: requestId, serverNow });
    if (stored) return { ...base, verdict: stored.code ? { ...verdict, outcome: stored.code, status: stored.status } : verdict, response: stored };
  }
  return { ...base, verdict, response: answer.response };
}

