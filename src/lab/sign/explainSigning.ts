import { AUTH_HEADER, CONTENT_SHA256_QUERY_PARAM, SIGNED_HEADERS_QUERY_PARAM, TOKEN_QUERY_PARAM } from "../constants.ts";
import { getHeaderValues } from "../request/getHeaderValues.ts";
import { splitTarget } from "../request/splitTarget.ts";
import { canonicalizeRequest } from "../sigv4/canonicalizeRequest.ts";
import { createScope } from "../sigv4/createScope.ts";
import { createStringToSign } from "../sigv4/createStringToSign.ts";
import { formatAmzDate } from "../sigv4/formatAmzDate.ts";
import { getPayloadHash } from "../sigv4/getPayloadHash.ts";
import { getSignature } from "../sigv4/getSignature.ts";
import { getSignedHeaders } from "../sigv4/getSignedHeaders.ts";
import { getSigningKey } from "../sigv4/getSigningKey.ts";
import { parseQueryRecord } from "./toSmithyRequest.ts";
import type { LabRequest, SigningOptions, SigningTrace } from "../types.ts";

/**
 * Replays, with the lab's own canonicaliser, what the client computed when it signed `signed` with `opts`: the
 * canonical request, string to sign, signing-key chain and signature, for display. Signed headers come from the
 * request's own Authorization header or `X-Amz-SignedHeaders`; the payload hash as smithy chose it.
 */
export function explainSigning(signed: LabRequest, opts: SigningOptions): SigningTrace {
  const query = parseQueryRecord(splitTarget(signed.target).query);
  const signedHeaders = readSignedHeaders(signed, opts, query);
  const { longDate, shortDate } = formatAmzDate(opts.signingDate);
  const credentialScope = createScope(shortDate, opts.region, opts.service);
  const { canonicalRequest } = canonicalizeRequest(signed, {
    signedHeaders,
    normalizePath: opts.normalizePath,
    payloadHash: readPayloadHash(signed, opts, query),
    mode: opts.mode,
    ...(opts.mode === "query" && opts.tokenAfterSigning ? { excludeQuery: [TOKEN_QUERY_PARAM] } : {}),
  });
  const stringToSign = createStringToSign(longDate, credentialScope, canonicalRequest);
  const { key, chain } = getSigningKey(opts.credentials.secretAccessKey, shortDate, opts.region, opts.service);
  return {
    canonicalRequest,
    stringToSign,
    signingKeyChain: chain,
    signature: getSignature(key, stringToSign),
    credentialScope,
    signedHeaders: signedHeaders.join(";"),
  };
}

function readSignedHeaders(signed: LabRequest, opts: SigningOptions, query: Record<string, unknown>): string[] {
  let list: string | undefined;
  if (opts.mode === "query") {
    const value = query[SIGNED_HEADERS_QUERY_PARAM];
    list = typeof value === "string" ? value : undefined;
  } else {
    list = /SignedHeaders=([^,\s]*)/.exec(getHeaderValues(signed, AUTH_HEADER)[0] ?? "")?.[1];
  }
  return list === undefined ? getSignedHeaders(signed.headers) : list.split(";").filter((n) => n !== "");
}

/** smithy presigns with the original request's `x-amz-content-sha256`, which by then has moved into the URL. */
function readPayloadHash(signed: LabRequest, opts: SigningOptions, query: Record<string, unknown>): string {
  if (opts.unsignedPayload) return getPayloadHash(signed, { unsignedPayload: true });
  if (opts.mode === "query") {
    const key = Object.keys(query).find((k) => k.toLowerCase() === CONTENT_SHA256_QUERY_PARAM.toLowerCase());
    const value = key === undefined ? undefined : query[key];
    if (typeof value === "string") return value;
  }
  return getPayloadHash(signed);
}
