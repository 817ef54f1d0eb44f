import { createDefaultScenario, EXAMPLE_SERVER_NOW, getServiceSpec } from "../../lab/index.ts";
import type { Credentials } from "../../lab/index.ts";
import type { ChainResult } from "../../credentialChain/index.ts";
import { createShareLink } from "../../playgroundState/index.ts";
import type { ExampleIdentity } from "../../playgroundState/index.ts";
import { findIniValue } from "./findIniValue.ts";
import { revealSecret } from "./maskSecrets.ts";
import type { SecretVault } from "./maskSecrets.ts";

export type Handoff = { ok: true; href: string; leftOut: string[] } | { ok: false; reason: string };

/** What the handoff reads: the parsed environment and the two file texts (with placeholders), by path. */
export interface HandoffInputs {
  env: Readonly<Record<string, string>>;
  files: Readonly<Record<string, string>>;
}

const DEFAULT_REGION = "us-east-1";

/** The secret and token behind the winning credentials, from the texts and the vault (or a documented example). */
function secretsOf(result: ChainResult, inputs: HandoffInputs, vault: SecretVault, examples: readonly ExampleIdentity[]) {
  const origin = result.credentials?.origin;
  const reveal = (value: string | undefined) => (value === undefined ? undefined : (revealSecret(value, vault) ?? value));
  if (origin?.kind === "env") {
    return { secret: reveal(inputs.env[origin.secretVar]), token: origin.sessionTokenVar ? reveal(inputs.env[origin.sessionTokenVar]) : undefined };
  }
  if (origin?.kind === "file") {
    const text = inputs.files[origin.path] ?? "";
    return { secret: reveal(findIniValue(text, origin.section, "aws_secret_access_key")), token: reveal(findIniValue(text, origin.section, "aws_session_token")) };
  }
  // An endpoint's credentials (the presets' instance role) are a documented example identity, or unknown.
  const identity = examples.find((e) => e.accessKeyId === result.accessKeyId);
  return { secret: identity?.secretAccessKey, token: result.hasSessionToken ? identity?.sessionToken : undefined };
}

/**
 * A playground link (`/play/#v1=…`, the playground's own share format) that signs STS GetCallerIdentity with the
 * identity this SDK picked, in the region it resolved, so /play/ shows AWS's exact answer. The playground's link
 * builder decides what may travel: documented examples by reference, never a typed secret.
 */
export function createPlaygroundHandoff(result: ChainResult, inputs: HandoffInputs, vault: SecretVault, examples: readonly ExampleIdentity[]): Handoff {
  if (!result.resolved) return { ok: false, reason: "Nothing resolves for this SDK, so there is nothing to sign with: the SDK stops before any request." };
  if (!result.accessKeyId) return { ok: false, reason: "AWS issues this key at run time (STS or the SSO portal): the simulator cannot know it, so there is nothing to sign with here." };
  const { secret, token } = secretsOf(result, inputs, vault, examples);
  const credentials: Credentials = { accessKeyId: result.accessKeyId, secretAccessKey: secret ?? "" };
  if (result.hasSessionToken || token) credentials.sessionToken = token ?? "";
  const region = result.region && /^[a-z0-9-]{1,40}$/.test(result.region) ? result.region : DEFAULT_REGION;
  const base = createDefaultScenario("sts", EXAMPLE_SERVER_NOW);
  const spec = getServiceSpec("sts");
  const request = base.request.replace(spec.host(DEFAULT_REGION), spec.host(region));
  const link = createShareLink(
    { preset: null, scenario: { ...base, request, region, endpointRegion: region, credentials }, tokenState: "valid" },
    { examples, presetScenario: null },
  );
  if (!link.ok) return { ok: false, reason: link.error };
  return { ok: true, href: `/play/#${link.fragment}`, leftOut: link.leftOut };
}
