// The classic traps, worded for a person: what is wrong, which value, what to do.
import { ACCESS_KEY_ID_ENV, PROFILE_ENV, SECRET_ACCESS_KEY_ENV, SESSION_TOKEN_ENV } from "../constants.ts";
import { envNonEmpty } from "./envValue.ts";
import type { ChainInput, ChainWarning, ResolvedCredentials } from "../types.ts";

const LONG_TERM = /^AKIA/;
const TEMPORARY = /^ASIA/;

/** Warnings about the chosen credentials themselves (any SDK). */
export function collectCredentialWarnings(credentials: ResolvedCredentials | undefined): ChainWarning[] {
  const warnings: ChainWarning[] = [];
  for (let current = credentials; current; current = current.assumeRole?.sourceCredentials) {
    const id = current.accessKeyId ?? "";
    const where = current.origin?.kind === "env" ? "the environment" : current.origin?.kind === "file" ? `${current.origin.path} [${current.origin.section}]` : current.source;
    if (LONG_TERM.test(id) && current.hasSessionToken) {
      warnings.push({
        code: "session-token-beside-long-term-key",
        message: `A session token sits beside the long-term key ${id.slice(0, 4)}… from ${where}: the SDK sends it, and AWS rejects the request (InvalidClientTokenId / "The security token included in the request is invalid"). Unset ${current.origin?.kind === "env" ? SESSION_TOKEN_ENV : "aws_session_token"}.`,
      });
    }
    if (TEMPORARY.test(id) && current.hasSessionToken === false) {
      warnings.push({
        code: "temporary-key-without-token",
        message: `The temporary key ${id.slice(0, 4)}… from ${where} has no session token: AWS rejects it. Set ${current.origin?.kind === "env" ? SESSION_TOKEN_ENV : "aws_session_token"} from the same STS response.`,
      });
    }
  }
  return warnings;
}

/** AWS_PROFILE (or --profile) and environment keys at once: the SDKs disagree on which wins. */
export function collectProfileVersusEnvWarning(input: ChainInput, profileGiven: string | undefined, envWins: boolean, sdkLabel: string): ChainWarning[] {
  if (!profileGiven || !envNonEmpty(input, ACCESS_KEY_ID_ENV) || !envNonEmpty(input, SECRET_ACCESS_KEY_ENV)) return [];
  if (envWins) {
    return [{
      code: "profile-overridden-by-env-keys",
      message: `${profileGiven} names a profile, but ${sdkLabel} uses AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY first: the profile is ignored. The JS SDK v3 does the opposite. Unset the keys or the profile.`,
    }];
  }
  return [{
    code: "env-keys-ignored-for-profile",
    message: `${profileGiven} names a profile, so ${sdkLabel} skips AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY; botocore, Go and Java (with ${PROFILE_ENV}) would use the keys. Unset one of the two.`,
  }];
}
