import LZString from "lz-string";
import { MAX_REQUEST_TEXT_CHARS, MAX_SHARE_FRAGMENT_CHARS } from "../lab/index.ts";
import type { Credentials, Scenario } from "../lab/index.ts";
import type { CredentialRef, ExampleIdentity, PlaygroundState, ShareV1, SharedCredentials } from "./types.ts";
import { filterRequestText } from "./filterRequestText.ts";
import { isRealLookingKey } from "./isRealLookingKey.ts";

/** Links longer than this are refused rather than silently truncated by browsers or chat tools (src/lab/limits.ts). */
export const MAX_FRAGMENT_CHARS = MAX_SHARE_FRAGMENT_CHARS;

type Field = keyof Credentials;
const FIELDS: readonly Field[] = ["accessKeyId", "secretAccessKey", "sessionToken"];

/** A credential field as a link carries it: by reference when public, as a value only for a harmless key ID. */
function refFor(field: Field, value: string, ctx: ShareContext): CredentialRef {
  if (ctx.presetScenario && ctx.presetScenario.credentials[field] === value) return { preset: true };
  for (const identity of ctx.examples) {
    for (const exampleField of FIELDS) {
      if (identity[exampleField] !== undefined && identity[exampleField] === value) return { example: identity.accessKeyId, field: exampleField };
    }
  }
  const exampleKeyIds = ctx.examples.map((identity) => identity.accessKeyId);
  if (field === "accessKeyId" && /^[A-Z0-9]{0,64}$/.test(value) && !isRealLookingKey(value, exampleKeyIds)) return { value };
  return { omitted: true };
}

export interface ShareContext {
  /** The documented example identities (the lab's default world). */
  examples: readonly ExampleIdentity[];
  /** The preset's scenario as the lab builds it, so values equal to it travel as `{ preset: true }`. */
  presetScenario: Scenario | null;
}

export type ShareLink =
  | {
      ok: true;
      /** `v1=…`, without the `#`. */
      fragment: string;
      /** Plain-words list of what the link left out ("the secret access key you typed"…). */
      leftOut: string[];
    }
  | { ok: false; error: string };

/** The fragment for a link to this state: compressed, versioned, never carrying a secret key or session token. */
export function createShareLink(state: PlaygroundState, ctx: ShareContext): ShareLink {
  const { credentials, ...rest } = state.scenario;
  const shared: SharedCredentials = {
    accessKeyId: refFor("accessKeyId", credentials.accessKeyId, ctx),
    secretAccessKey: refFor("secretAccessKey", credentials.secretAccessKey, ctx),
    ...(credentials.sessionToken !== undefined ? { sessionToken: refFor("sessionToken", credentials.sessionToken, ctx) } : {}),
  };
  const leftOut: string[] = [];
  if ("omitted" in shared.accessKeyId) leftOut.push("the access key ID you typed (it looks like a real key)");
  if ("omitted" in shared.secretAccessKey) leftOut.push("the secret access key you typed");
  if (shared.sessionToken && "omitted" in shared.sessionToken) leftOut.push("the session token you typed");

  // Public values stay: the documented examples' secrets and tokens, and the preset's own.
  const publicTokens = [...ctx.examples, ...(ctx.presetScenario ? [ctx.presetScenario.credentials] : [])]
    .flatMap((identity) => [identity.sessionToken, identity.secretAccessKey])
    .filter((token): token is string => !!token);
  const secrets = [credentials.secretAccessKey, credentials.sessionToken ?? ""].filter((secret, i) => {
    const ref = i === 0 ? shared.secretAccessKey : shared.sessionToken;
    return ref !== undefined && "omitted" in ref;
  });
  if (rest.request.length > MAX_REQUEST_TEXT_CHARS) {
    return { ok: false, error: `The request text is ${rest.request.length} characters, over the ${MAX_REQUEST_TEXT_CHARS} a link may carry: shorten the request body.` };
  }
  const exampleKeyIds = ctx.examples.map((identity) => identity.accessKeyId);
  const filtered = filterRequestText(rest.request, { secrets, publicTokens, exampleKeyIds });
  if (filtered.removed > 0) leftOut.push(`${filtered.removed} secret value${filtered.removed === 1 ? "" : "s"} in the request text`);
  if (filtered.maskedKeyIds > 0) leftOut.push(`${filtered.maskedKeyIds} real-looking access key ID${filtered.maskedKeyIds === 1 ? "" : "s"} in the request text`);

  const payload: ShareV1 = { preset: state.preset, scenario: { ...rest, request: filtered.text }, credentials: shared, tokenState: state.tokenState };
  const fragment = `v1=${LZString.compressToEncodedURIComponent(JSON.stringify(payload))}`;
  if (fragment.length > MAX_FRAGMENT_CHARS) {
    return { ok: false, error: `This state makes a link of ${fragment.length} characters, over the ${MAX_FRAGMENT_CHARS} a link can safely hold: shorten the request body.` };
  }
  return { ok: true, fragment, leftOut };
}
