import type { SdkId } from "../../credentialChain/index.ts";

/** Where the simulated program runs (the same choices as a guide's simulator preset). */
export type SurroundingsId = "local" | "ec2" | "ec2-imds-unreachable";
export const SURROUNDINGS: Record<SurroundingsId, string> = {
  local: "A laptop or CI runner (no metadata service answers)",
  ec2: "EC2, the instance role answers on IMDS",
  "ec2-imds-unreachable": "EC2, but IMDS does not answer (a container behind hop limit 1)",
};

/** Everything the page simulates, as the reader sees it: secrets are `‹secret N›` placeholders in the texts. */
export interface SimulatorInputs {
  sdk: SdkId;
  /** `KEY=VALUE` lines. */
  envText: string;
  config: string;
  credentials: string;
  /** A profile named in code or on the command line; empty for none. */
  profile: string;
  surroundings: SurroundingsId;
  /** Cached IAM Identity Center tokens (from presets; not editable on the page). */
  ssoCache: Array<{ key: string; expiresAt: string }>;
  now: string;
}

/** One preset: a guide's, or one of the page's own. Stable ids: links name them forever. */
export interface CredentialPreset {
  /** `stale-session-token`, or `<guide>` / `<guide>:<cause-id>` for a guide's presets. */
  id: string;
  group: string;
  label: string;
  env: Record<string, string>;
  config: string;
  credentials: string;
  profile?: string | undefined;
  surroundings: SurroundingsId;
  ssoCache: Array<{ key: string; expiresAt: string }>;
  now: string;
}
