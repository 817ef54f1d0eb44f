import { getOwn } from "../ini/createRecord.ts";
import type { ChainInput, CredentialOrigin } from "../types.ts";

const STS_ORIGIN: CredentialOrigin = { kind: "endpoint", endpoint: "sts" };

/** What every SDK's assume-role and web-identity source holds: the key STS would issue for the role, and its token. */
export function stsRoleFields(input: ChainInput, roleArn: string): { accessKeyId: string | undefined; hasSessionToken: true; origin: CredentialOrigin } {
  const answer = getOwn(input.surroundings?.sts ?? {}, roleArn);
  return { accessKeyId: answer?.kind === "credentials" ? answer.credentials.accessKeyId : undefined, hasSessionToken: true, origin: STS_ORIGIN };
}
