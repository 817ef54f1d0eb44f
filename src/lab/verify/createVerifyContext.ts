import { SHA256_HEADER, STREAMING_PAYLOAD_PREFIX, UNSIGNED_PAYLOAD } from "../constants.ts";
import { getHeaderValues } from "../request/getHeaderValues.ts";
import { canonicalizeRequest } from "../sigv4/canonicalizeRequest.ts";
import { createStringToSign } from "../sigv4/createStringToSign.ts";
import { getSignature } from "../sigv4/getSignature.ts";
import { getSigningKey } from "../sigv4/getSigningKey.ts";
import { parseAmzDate } from "../sigv4/parseAmzDate.ts";
import type { Endpoint, LabRequest, SigningTrace, World } from "../types.ts";
import { parseRequestIntent, type RequestIntent } from "../request/parseRequestIntent.ts";
import { getOperation } from "../scenario/getOperation.ts";
import { resolveServiceVariant } from "../world/resolveServiceVariant.ts";
import { getServiceSpec } from "../world/services.ts";
import { trimEndChars } from "../text/trimChars.ts";
import { CHECK_ORDER, getCheckFamily } from "./checkOrder.ts";
import { hashBody } from "./hashBody.ts";
import { parseAuthorization } from "./parseAuthorization.ts";
import type { VerifyContext } from "./types.ts";
import { decodeAwsChunked } from "../s3/awsChunked/decodeAwsChunked.ts";
import { getS3Routing } from "../s3/getS3Routing.ts";

/**
 * Reads the request once: auth fields, date, credential, identity, payload hash, and the server's SigV4 trace
 * (canonical request and string to sign once SignedHeaders, a date and a 5-part credential exist; signing key and
 * expected signature once the key's secret is known). The trace uses the scope as the client sent it, as AWS does.
 * Also what the request asks for (target, Action, operation), so nothing downstream reads the request again. A
 * caller that already read the intent (the mock, to route) passes it in.
 */
export function createVerifyContext(req: LabRequest, endpoint: Endpoint, world: World, intent: RequestIntent = parseRequestIntent(req)): VerifyContext {
  const service = resolveServiceVariant(getServiceSpec(endpoint.service), intent);
  const family = getCheckFamily(service);
  const auth = parseAuthorization(req, family === "s3" ? "s3" : "coral");
  const fields = auth.kind === "auth" ? auth : undefined;
  const requestDate = fields?.date === undefined ? undefined : parseAmzDate(fields.date);
  const credentialParts = fields?.credential === undefined ? undefined : trimEndChars(fields.credential, "/").split("/");
  const signedHeaders = fields?.signedHeaders === undefined || fields.signedHeaders === "" ? [] : fields.signedHeaders.split(";");
  const identity = credentialParts ? world.identities.find((i) => i.accessKeyId === credentialParts[0]) : undefined;
  const normalizePath = endpoint.normalizePath ?? service.normalizePath;
  const payloadHash = getServerPayloadHash(req, family === "s3", fields?.mode ?? "header");

  const trace: Partial<SigningTrace> = {};
  if (fields?.signedHeaders !== undefined && fields.date !== undefined && requestDate && credentialParts?.length === 5) {
    const [, shortDate, region, scopeService] = credentialParts as [string, string, string, string, string];
    const canonical = canonicalizeRequest(req, { signedHeaders, normalizePath, payloadHash, mode: fields.mode, headersAsLatin1: family === "s3" });
    trace.canonicalRequest = canonical.canonicalRequest;
    trace.signedHeaders = canonical.signedHeaders;
    trace.credentialScope = credentialParts.slice(1).join("/");
    trace.stringToSign = createStringToSign(fields.date, trace.credentialScope, canonical.canonicalRequest);
    if (identity) {
      const { key, chain } = getSigningKey(identity.secretAccessKey, shortDate, region, scopeService);
      trace.signingKeyChain = chain;
      trace.signature = getSignature(key, trace.stringToSign);
    }
  }

  const scope = credentialParts?.length === 5
    ? { date: credentialParts[1]!, region: credentialParts[2]!, service: credentialParts[3]!, terminator: credentialParts[4]! }
    : undefined;
  return {
    req,
    endpoint,
    world,
    now: world.now,
    service,
    family,
    order: CHECK_ORDER[family],
    signingName: endpoint.signingName ?? service.signingName,
    normalizePath,
    auth,
    requestDate,
    credentialParts,
    signedHeaders,
    claimedAccessKeyId: credentialParts?.[0] || null,
    scope,
    intent,
    operation: getOperation(intent, service),
    identity,
    payloadHash,
    trace,
    ...(family === "s3" ? { s3Routing: getS3Routing(intent.host, intent.path, endpoint.region, world) } : {}),
    ...(family === "s3" && payloadHash.startsWith(STREAMING_PAYLOAD_PREFIX) ? { awsChunked: decodeAwsChunked(req.body) } : {}),
  };
}

/**
 * S3 takes `x-amz-content-sha256` literally (`UNSIGNED-PAYLOAD`, `STREAMING-…`, or a hash checked later against
 * the body), and presigned URLs without it sign `UNSIGNED-PAYLOAD`. Other services hash the body they received.
 */
function getServerPayloadHash(req: LabRequest, s3: boolean, mode: "header" | "query"): string {
  if (s3) {
    const declared = getHeaderValues(req, SHA256_HEADER);
    if (declared.length > 0) return declared.join(",");
    if (mode === "query") return UNSIGNED_PAYLOAD;
  }
  return hashBody(req.body);
}
