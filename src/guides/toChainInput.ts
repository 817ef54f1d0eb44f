import { DEFAULT_HOME } from "../credentialChain/index.ts";
import type { ChainInput, Surroundings } from "../credentialChain/index.ts";
import type { ChainScenarioRef } from "../schemas/guide.ts";

/** The EC2 instance role every simulator preset's EC2 hands out: the README's valid temporary example identity. */
export const PRESET_INSTANCE_ROLE_KEY_ID = "ASIASIGFIXVALID00001";

/** A stand-in for the token a web identity file holds: the model reads only that the file exists. */
const WEB_IDENTITY_TOKEN_PLACEHOLDER = "eyJhbGciOiJSUzI1NiJ9.sigfix-example-web-identity-token.EXAMPLE";

/**
 * A guide's simulator preset as the engine's input: the two files under the default home, the named web identity
 * token file present, and the surroundings spelled out (local: nothing answers on the network).
 */
export function toChainInput(ref: ChainScenarioRef): ChainInput {
  const files: Record<string, string> = {};
  if (ref.config) files[`${DEFAULT_HOME}/.aws/config`] = ref.config;
  if (ref.credentials) files[`${DEFAULT_HOME}/.aws/credentials`] = ref.credentials;
  const tokenFile = ref.env["AWS_WEB_IDENTITY_TOKEN_FILE"];
  if (tokenFile) files[tokenFile] = WEB_IDENTITY_TOKEN_PLACEHOLDER;
  const surroundings: Surroundings = {};
  if (ref.surroundings === "ec2") {
    surroundings.imds = { kind: "credentials", credentials: { accessKeyId: PRESET_INSTANCE_ROLE_KEY_ID, hasSecretAccessKey: true, hasSessionToken: true }, roleName: "sigfix-instance-role" };
  }
  if (ref.surroundings === "ec2-imds-unreachable") surroundings.imds = { kind: "unreachable" };
  if (ref.ssoCache.length > 0) {
    surroundings.ssoCache = Object.fromEntries(ref.ssoCache.map((t) => [t.key, { expiresAt: t.expiresAt, hasAccessToken: true }]));
  }
  return {
    env: ref.env,
    home: DEFAULT_HOME,
    files,
    ...(ref.profile !== undefined ? { explicitProfile: ref.profile } : {}),
    surroundings,
    now: ref.now,
  };
}
