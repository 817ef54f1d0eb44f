// Runs the real JS SDK v3 chain (fromNodeProviderChain, @aws-sdk/credential-providers) on cases, one after
// another in this process: each case gets the whole environment replaced and its own HOME, so the SDK's file cache
// never sees a path twice. STS is replaced by recorders (the SDK's own `roleAssumer` options): they note which
// credentials call AssumeRole and hand out the key the case's stub STS table names.
// Usage: node runJsV3Chain.ts CASES.json  → a JSON array of SdkOutcome on stdout.
import { readFileSync } from "node:fs";
import { fromNodeProviderChain } from "@aws-sdk/credential-providers";
import { loadConfig, NODE_REGION_CONFIG_FILE_OPTIONS, NODE_REGION_CONFIG_OPTIONS } from "@smithy/core/config";
import type { ChainCase, SdkOutcome } from "./chainCaseTypes.ts";

const cases: ChainCase[] = JSON.parse(readFileSync(process.argv[2], "utf8"));
const outcomes: SdkOutcome[] = [];
const quiet = { debug() {}, info() {}, warn() {}, error() {} };
console.warn = () => {}; // defaultProvider warns on AWS_PROFILE + env keys; the model reports that itself
// fromIni starts resolving a source_profile before it checks mfa_serial; when both fail, the source's rejection is
// never awaited. Node would crash on it; here it is noted (the caller still gets the MFA error).
let unhandled: string | undefined;
process.on("unhandledRejection", (reason) => {
  unhandled = (reason as Error)?.message ?? String(reason);
});

for (const chainCase of cases) {
  process.env = { ...chainCase.env };
  unhandled = undefined;
  const sourceKeys: string[] = [];
  const issued = (roleArn: string) => {
    // A role the case did not plan for (a mangled ARN, say) gets a key naming the ARN the SDK sent.
    const accessKeyId = chainCase.stsKeys[roleArn] ?? `STS(${roleArn})`;
    return { accessKeyId, secretAccessKey: "stsSecretEXAMPLE", sessionToken: "sts-token-EXAMPLE", expiration: new Date("2099-01-01T00:00:00Z") };
  };
  const provider = fromNodeProviderChain({
    ...(chainCase.explicitProfile !== undefined ? { profile: chainCase.explicitProfile } : {}),
    logger: quiet,
    roleAssumer: async (source, params) => {
      sourceKeys.push(source.accessKeyId);
      return issued(params.RoleArn);
    },
    roleAssumerWithWebIdentity: async (params) => issued(params.RoleArn),
  });
  // The region a client would get (the clients' own loadConfig call, with the same profile).
  let region: string | undefined;
  try {
    region = await loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, profile: chainCase.explicitProfile })();
  } catch {
    region = undefined;
  }
  try {
    const credentials = await provider();
    outcomes.push({ id: chainCase.id, accessKeyId: credentials.accessKeyId, sourceKeys, region });
  } catch (error) {
    const e = error as Error;
    await new Promise((resolve) => setImmediate(resolve));
    outcomes.push({ id: chainCase.id, sourceKeys, region, error: { name: e.name, message: e.message }, ...(unhandled ? { unhandledRejection: unhandled } : {}) });
  }
}
process.stdout.write(JSON.stringify(outcomes));
