import type { Scenario } from "../lab/index.ts";
import type { ExampleIdentity, TokenState } from "./types.ts";

/** The token the "garbled" state sends when the reader entered none. */
export const GARBLED_FALLBACK = "sigfix-garbled-session-token";

/** Replaces the middle of a token, so it keeps its look but no longer matches anything AWS issued. */
export function garbleToken(token: string): string {
  if (token === "") return GARBLED_FALLBACK;
  const half = Math.floor(token.length / 2);
  return `${token.slice(0, half)}~garbled~${token.slice(half + 9)}`;
}

/**
 * The scenario as signed under the chosen token state: "valid" sends the token as entered, "expired" switches to the
 * documented expired example identity, "garbled" damages the token, "missing" leaves it out.
 */
export function applyTokenState(scenario: Scenario, state: TokenState, ctx: { expired: ExampleIdentity }): Scenario {
  const { sessionToken, ...rest } = scenario.credentials;
  if (state === "missing") return { ...scenario, credentials: rest };
  if (state === "garbled") return { ...scenario, credentials: { ...rest, sessionToken: garbleToken(sessionToken ?? "") } };
  if (state === "expired") return { ...scenario, credentials: { ...ctx.expired } };
  return scenario;
}
