// The STS calls fromIni and fromTokenFile make (getDefaultRoleAssumer / getDefaultRoleAssumerWithWebIdentity in
// @aws-sdk/nested-clients 3.x sts). Their failures are plain SDK errors, with no `tryNextLink`: the chain stops.
import { found, stop, type Attempt } from "../../common/attempt.ts";
import { getOwn } from "../../ini/createRecord.ts";
import type { ChainInput, ResolvedCredentials } from "../../types.ts";
import { stsRoleFields } from "../../common/stsRoleFields.ts";

export function assumeRoleJsV3(input: ChainInput, roleArn: string, profile: string, source: ResolvedCredentials): Attempt {
  const answer = getOwn(input.surroundings?.sts ?? {}, roleArn);
  if (answer !== undefined && answer.kind !== "credentials") {
    return stop(`sts:AssumeRole for ${roleArn} failed (${answer.kind === "http-error" ? `HTTP ${answer.status}` : "STS unreachable"})`, "Error");
  }
  return found(
    {
      source: "assume-role",
      provider: "fromIni",
      ...stsRoleFields(input, roleArn),
      assumeRole: { roleArn, profile, sourceCredentials: source },
    },
    `profile ${profile} assumes ${roleArn} with credentials from ${source.source}`,
  );
}

export function assumeRoleWithWebIdentityJsV3(input: ChainInput, roleArn: string, tokenFile: string, profile: string | undefined, provider: string): Attempt {
  const answer = getOwn(input.surroundings?.sts ?? {}, roleArn);
  if (answer !== undefined && answer.kind !== "credentials") {
    return stop(`sts:AssumeRoleWithWebIdentity for ${roleArn} failed (${answer.kind === "http-error" ? `HTTP ${answer.status}` : "STS unreachable"})`, "Error");
  }
  return found(
    {
      source: "assume-role-with-web-identity",
      provider,
      ...stsRoleFields(input, roleArn),
      assumeRole: { roleArn, profile, tokenFile },
    },
    `the token in ${tokenFile} is exchanged for ${roleArn}`,
  );
}
