// The Java SDK v2's DefaultCredentialsProvider (core/auth): SystemProperty, EnvironmentVariable, WebIdentityToken,
// Profile, Container, InstanceProfile, in AwsCredentialsProviderChain, which catches every provider's exception and
// moves on; when all fail it throws one SdkClientException listing each provider and its message. The profile is
// aws.profile or AWS_PROFILE (not AWS_DEFAULT_PROFILE); the profile file is config + credentials, credentials winning.
import { buildResult, walkProviders } from "../../common/buildResult.ts";
import { collectProfileVersusEnvWarning } from "../../common/collectWarnings.ts";
import { skip } from "../../common/attempt.ts";
import { envNonEmpty } from "../../common/envValue.ts";
import { expandHome, getHome, joinPath, readInputFile } from "../../common/readInputFile.ts";
import { resolveEndpoint } from "../../common/resolveEndpoint.ts";
import { collectProfileWarnings } from "../../common/collectProfileWarnings.ts";
import { DEFAULT_SERVICE } from "../../constants.ts";
import { createRecord, getOwn } from "../../ini/createRecord.ts";
import { parseIniJavaV2 } from "../../ini/parseIniJavaV2.ts";
import type { IniSections } from "../../ini/types.ts";
import type { ChainInput, ChainResult, ChainWarning } from "../../types.ts";
import { containerJavaV2, envProviderJavaV2, imdsJavaV2, profileCredentialsJavaV2, webIdentityJavaV2 } from "./providersJavaV2.ts";

const PROVIDER_NAMES = ["SystemPropertyCredentialsProvider()", "EnvironmentVariableCredentialsProvider()", "WebIdentityTokenCredentialsProvider()", "", "ContainerCredentialsProvider()", "InstanceProfileCredentialsProvider()"];

export function resolveJavaV2(input: ChainInput): ChainResult {
  const home = getHome(input);
  const paths = {
    config: expandHome(envNonEmpty(input, "AWS_CONFIG_FILE") ?? joinPath(home, ".aws", "config"), home),
    credentials: expandHome(envNonEmpty(input, "AWS_SHARED_CREDENTIALS_FILE") ?? joinPath(home, ".aws", "credentials"), home),
  };
  const warnings: ChainWarning[] = [];
  const profiles: IniSections = createRecord();
  let credentialsSections: IniSections = createRecord();
  let fileProblem: string | undefined;
  for (const type of ["config", "credentials"] as const) {
    const text = readInputFile(input, paths[type]);
    if (text === undefined) continue;
    const parsed = parseIniJavaV2(text, type);
    if (!parsed.ok) {
      fileProblem = `${paths[type]}: ${parsed.problem}`;
      warnings.push({ code: "file-parse-error", message: `The Java SDK cannot read ${fileProblem}; its profile provider fails and the chain moves on.` });
      continue;
    }
    if (type === "credentials") credentialsSections = parsed.profiles;
    for (const [name, values] of Object.entries(parsed.profiles)) profiles[name] = Object.assign(getOwn(profiles, name) ?? createRecord(), values);
  }
  const envProfile = envNonEmpty(input, "AWS_PROFILE");
  const profileName = input.explicitProfile || envProfile || "default";
  const profileFileText = Object.keys(profiles).length === 0 ? "ProfileFile(sections=[])" : `ProfileFile(sections=[profiles], profiles=[${Object.entries(profiles).map(([n, v]) => `Profile(name=${n}, properties=[${Object.keys(v).join(", ")}])`).join(", ")}])`;
  const profileProvider = `ProfileCredentialsProvider(profileName=${profileName}, profileFile=${profileFileText})`;
  const names = PROVIDER_NAMES.map((name) => name || profileProvider);

  const steps = input.explicitCredentials
    ? [{ provider: "StaticCredentialsProvider", run: () => ({ ok: true as const, credentials: { source: "explicit" as const, provider: "StaticCredentialsProvider", accessKeyId: input.explicitCredentials!.accessKeyId, hasSessionToken: input.explicitCredentials!.hasSessionToken, origin: { kind: "explicit" as const } } }) }]
    : [
        { provider: names[0], run: () => skip(`Unable to load credentials from system settings. Access key must be specified either via environment variable (AWS_ACCESS_KEY_ID) or system property (aws.accessKeyId).`) },
        { provider: names[1], run: () => envProviderJavaV2(input) },
        { provider: names[2], run: () => webIdentityJavaV2(input, envNonEmpty(input, "AWS_WEB_IDENTITY_TOKEN_FILE"), envNonEmpty(input, "AWS_ROLE_ARN")) },
        {
          provider: names[3],
          run: () => {
            if (fileProblem) return skip(fileProblem);
            const attempt = profileCredentialsJavaV2(input, profiles, credentialsSections, profileName);
            return !attempt.ok && attempt.message === `Profile file contained no credentials for profile '${profileName}'` ? skip(`${attempt.message}: ${profileFileText}`) : attempt;
          },
        },
        { provider: names[4], run: () => containerJavaV2(input) },
        { provider: names[5], run: () => imdsJavaV2(input) },
      ];
  const { trace, last } = walkProviders(steps);
  if (envProfile && !input.explicitCredentials) warnings.push(...collectProfileVersusEnvWarning(input, "AWS_PROFILE", true, "the Java SDK v2"));
  const failures = trace.filter((step) => step.outcome === "skipped").map((step) => `${step.provider}: ${step.reason}`);
  const empty = Object.keys(profiles).length === 0 && !fileProblem;
  const noCredentials = {
    name: "SdkClientException",
    message: `Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain(credentialsProviders=[${names.join(", ")}]) : [${failures.join(", ")}]`,
    ...(empty ? {} : { approximate: true }),
  };
  const values = getOwn(profiles, profileName) ?? {};
  const region = input.explicitRegion
    ? { region: input.explicitRegion, regionSource: "explicit (Region.of in the builder)" }
    : envNonEmpty(input, "AWS_REGION") ? { region: envNonEmpty(input, "AWS_REGION"), regionSource: "env AWS_REGION" }
    : getOwn(values, "region") ? { region: getOwn(values, "region"), regionSource: `profile ${profileName} region` }
    : input.surroundings?.imdsRegion && (envNonEmpty(input, "AWS_EC2_METADATA_DISABLED") ?? "").toLowerCase() !== "true" ? { region: input.surroundings.imdsRegion, regionSource: "instance metadata" }
    : { regionSource: "none: \"Unable to load region from any of the providers in the chain\"" };
  const endpoint = resolveEndpoint(input, input.service ?? DEFAULT_SERVICE, {
    profileValue: (key) => getOwn(values, key),
    servicesValue: () => undefined,
    configPath: paths.config,
    profileName,
  });
  return buildResult({
    sdk: "java-v2",
    profile: { name: profileName, from: input.explicitProfile ? "explicit (ProfileCredentialsProvider.create(name))" : envProfile ? "env AWS_PROFILE" : "default" },
    trace,
    last,
    noCredentials,
    ...region,
    endpoint: endpoint.endpoint,
    warnings: [...warnings, ...collectProfileWarnings(input, profileName, (name) => getOwn(profiles, name)), ...endpoint.warnings],
  });
}
