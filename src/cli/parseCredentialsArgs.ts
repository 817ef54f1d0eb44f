import { parseArgs } from "node:util";
import { SDK_IDS, type SdkId } from "../credentialChain/index.ts";

export interface CredentialsArgs {
  sdk: SdkId;
  home?: string;
  envFile?: string;
  profile?: string;
  json: boolean;
}

export const CREDENTIALS_USAGE = `Usage: sigfix credentials --sdk botocore|js-v3|go-v2|java-v2 [--home DIR] [--env-file FILE] [--profile NAME] [--json]
Shows which credentials, region and endpoint that SDK would pick, provider by provider, without any secret.
  --home DIR       the home folder whose .aws/config and .aws/credentials are read (default: $HOME)
  --env-file FILE  KEY=VALUE lines: the entire environment (default: this process's environment)
  --profile NAME   a profile given on the command line or in code (--profile, Session(profile=), { profile })
  --json           one JSON object: sdk, resolved, source, accessKeyId (masked), region, regionSource, trace, warnings, error
No network call is made and no credential_process is run: the machine is taken to be outside AWS (no IMDS, no container
endpoint), and a credential_process is taken to succeed.`;

/** Parses `sigfix credentials` arguments; a problem comes back as a one-line message, never a throw. */
export function parseCredentialsArgs(argv: string[]): { ok: true; args: CredentialsArgs } | { ok: false; error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        sdk: { type: "string" },
        home: { type: "string" },
        "env-file": { type: "string" },
        profile: { type: "string" },
        json: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  const { values } = parsed;
  if (values.sdk === undefined) return { ok: false, error: `--sdk is required: one of ${SDK_IDS.join(", ")}` };
  if (!(SDK_IDS as readonly string[]).includes(values.sdk)) {
    return { ok: false, error: `--sdk must be one of ${SDK_IDS.join(", ")}, got \`${values.sdk}\`` };
  }
  if (values.profile === "") return { ok: false, error: "--profile needs a name" };
  return {
    ok: true,
    args: { sdk: values.sdk as SdkId, home: values.home, envFile: values["env-file"], profile: values.profile, json: values.json },
  };
}
