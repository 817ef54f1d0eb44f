// The Go SDK v2: config.LoadDefaultConfig → resolveCredentialChain / resolveCredsFromProfile
// (aws-sdk-go-v2 config/resolve_credentials.go, the release with EKS container hosts and sso-session support).
// Go does not try providers in turn: it picks ONE from what is configured, and that provider's failure surfaces
// on the first request ("failed to refresh cached credentials, …"). Only a profile named in code
// (config.WithSharedConfigProfile) outranks environment keys; AWS_PROFILE does not.
import { buildResult } from "../../common/buildResult.ts";
import { found, stop, type Attempt } from "../../common/attempt.ts";
import { collectProfileVersusEnvWarning } from "../../common/collectWarnings.ts";
import { envNonEmpty } from "../../common/envValue.ts";
import { resolveEndpoint } from "../../common/resolveEndpoint.ts";
import { collectProfileWarnings } from "../../common/collectProfileWarnings.ts";
import { DEFAULT_SERVICE } from "../../constants.ts";
import { getOwn } from "../../ini/createRecord.ts";
import type { ChainInput, ChainResult, ChainWarning, TraceStep } from "../../types.ts";
import { loadFilesGoV2, loadProfileGoV2, type GoProfile } from "./loadSharedConfigGoV2.ts";
import { fromProfileGoV2, envCredentialsGoV2, webIdentityGoV2 } from "./providersGoV2.ts";

export function resolveGoV2(input: ChainInput): ChainResult {
  const files = loadFilesGoV2(input);
  const envProfile = envNonEmpty(input, "AWS_PROFILE") ?? envNonEmpty(input, "AWS_DEFAULT_PROFILE");
  const profileName = input.explicitProfile || envProfile || "default";
  const profile = { name: profileName, from: input.explicitProfile ? "explicit (config.WithSharedConfigProfile)" : envProfile ? (envNonEmpty(input, "AWS_PROFILE") ? "env AWS_PROFILE" : "env AWS_DEFAULT_PROFILE") : "default" };
  const noCredentials = { name: "OperationError", message: "no credentials" };
  const warnings: ChainWarning[] = [];
  const trace: TraceStep[] = [];
  const finish = (last: Attempt, shared?: GoProfile) => {
    const values = shared?.values ?? {};
    const region = input.explicitRegion
      ? { region: input.explicitRegion, regionSource: "explicit (config.WithRegion)" }
      : envNonEmpty(input, "AWS_REGION") ? { region: envNonEmpty(input, "AWS_REGION"), regionSource: "env AWS_REGION" }
      : envNonEmpty(input, "AWS_DEFAULT_REGION") ? { region: envNonEmpty(input, "AWS_DEFAULT_REGION"), regionSource: "env AWS_DEFAULT_REGION" }
      : getOwn(values, "region") ? { region: getOwn(values, "region"), regionSource: `profile ${profileName} region` }
      : { regionSource: "none: requests fail with \"Invalid region: region was not a valid DNS name.\" / MissingRegion" };
    const endpoint = resolveEndpoint(input, input.service ?? DEFAULT_SERVICE, {
      profileValue: (key) => getOwn(values, key),
      servicesValue: (section, service) => {
        const block = getOwn(getOwn(files.services, section), service);
        return typeof block === "object" ? getOwn(block, "endpoint_url") : undefined;
      },
      configPath: files.configPath,
      profileName,
    });
    const profileWarnings = collectProfileWarnings(input, profileName, (name) => getOwn(files.profiles, name)?.values);
    return buildResult({ sdk: "go-v2", profile, trace, last, noCredentials, ...region, endpoint: endpoint.endpoint, warnings: [...warnings, ...profileWarnings, ...endpoint.warnings] });
  };

  if (files.error) {
    trace.push({ provider: "LoadDefaultConfig", outcome: "failed", reason: files.error });
    return finish(stop(files.error, "SharedConfigLoadError"));
  }
  const loaded = loadProfileGoV2(files, profileName);
  let shared: GoProfile | undefined;
  if ("error" in loaded) {
    // A missing profile is an error only when one was named; a missing [default] is an empty config.
    if (!(loaded.missing && profileName === "default" && !input.explicitProfile && !envProfile)) {
      trace.push({ provider: "LoadDefaultConfig", outcome: "failed", reason: loaded.error });
      return finish(stop(loaded.error, loaded.missing ? "SharedConfigProfileNotExistError" : "SharedConfigAssumeRoleError"));
    }
  } else shared = loaded;

  const step = (provider: string, attempt: Attempt) => {
    trace.push(attempt.ok
      ? { provider, source: attempt.credentials.source, outcome: "used", reason: attempt.reason ?? "chosen" }
      : { provider, outcome: attempt.next ? "skipped" : "failed", reason: attempt.message });
    return attempt;
  };
  const skipStep = (provider: string, reason: string) => trace.push({ provider, outcome: "skipped", reason });
  const empty: GoProfile = { name: profileName, values: {}, files: {} };

  if (input.explicitCredentials) {
    const c = input.explicitCredentials;
    return finish(step("config.WithCredentialsProvider", found({ source: "explicit", provider: "WithCredentialsProvider", accessKeyId: c.accessKeyId, hasSessionToken: c.hasSessionToken, origin: { kind: "explicit" } })), shared);
  }
  if (input.explicitProfile) return finish(step(`profile ${profileName} (named in code)`, fromProfileGoV2(input, shared ?? empty, files)), shared);
  skipStep("profile named in code", "no config.WithSharedConfigProfile (AWS_PROFILE does not count here)");
  const envKeys = envCredentialsGoV2(input);
  if (envKeys.ok) {
    if (envProfile) warnings.push(...collectProfileVersusEnvWarning(input, "AWS_PROFILE", true, "the Go SDK v2"));
    return finish(step("EnvConfig credentials", envKeys), shared);
  }
  skipStep("EnvConfig credentials", "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not both set");
  const tokenFile = envNonEmpty(input, "AWS_WEB_IDENTITY_TOKEN_FILE");
  if (tokenFile) return finish(step("AWS_WEB_IDENTITY_TOKEN_FILE", webIdentityGoV2(input, tokenFile, envNonEmpty(input, "AWS_ROLE_ARN"), undefined)), shared);
  skipStep("AWS_WEB_IDENTITY_TOKEN_FILE", "not set");
  return finish(step(`profile ${profileName}`, fromProfileGoV2(input, shared ?? empty, files)), shared);
}
