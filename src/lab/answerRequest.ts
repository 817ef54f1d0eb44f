import { renderResponse } from "./render/renderResponse.ts";
import { getOperation } from "./scenario/getOperation.ts";
import type { Endpoint, LabRequest, LabResponse, Verdict, World } from "./types.ts";
import { parseAuthorization } from "./verify/parseAuthorization.ts";
import { verifyRequest } from "./verify/verifyRequest.ts";
import { getServiceSpec } from "./world/services.ts";

export interface Answer {
  verdict: Verdict;
  response: LabResponse;
  /** The operation the request asked for (ListTables, GetCallerIdentity…). */
  operation: string;
  /** The access key ID the request claims, when it carries one. */
  accessKeyId: string | null;
}

/** The access key ID in the Credential scope, without judging the rest of the request. */
function claimedAccessKeyId(req: LabRequest, endpoint: Endpoint): string | null {
  const auth = parseAuthorization(req, endpoint.service === "s3" ? "s3" : "coral");
  return auth.kind === "auth" && auth.credential ? (auth.credential.split("/")[0] ?? null) : null;
}

/**
 * AWS's front door for one received request: the verdict, and the exact response bytes for the endpoint's protocol.
 * The scenario runner, `sigfix verify` and the mock endpoint all answer through here, so they cannot disagree.
 * `requestSeed` makes request ids reproducible (the same request gets the same id).
 */
export function answerRequest(req: LabRequest, endpoint: Endpoint, world: World, requestSeed: string): Answer {
  const verdict = verifyRequest(req, endpoint, world);
  const operation = getOperation(req, endpoint.service);
  const accessKeyId = claimedAccessKeyId(req, endpoint);
  const identity = accessKeyId ? world.identities.find((i) => i.accessKeyId === accessKeyId) : undefined;
  const response = renderResponse(verdict, {
    service: getServiceSpec(endpoint.service),
    mode: endpoint.mode,
    serverNow: world.now,
    requestId: requestSeed,
    operation,
    ...(accessKeyId ? { accessKeyId } : {}),
    ...(identity?.arn ? { arn: identity.arn } : {}),
    method: req.method,
  });
  return { verdict, response, operation, accessKeyId };
}
