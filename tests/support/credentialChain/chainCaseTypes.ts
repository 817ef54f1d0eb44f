// The shape of one generated credential-chain case, shared by the generator, the SDK runners and the tests.
import type { Surroundings } from "../../../src/credentialChain/index.ts";

export interface ChainCase {
  id: string;
  /** The case's folder, which is also HOME. */
  dir: string;
  env: Record<string, string>;
  /** Absolute path → text: config, credentials, token files, SSO cache files. */
  files: Record<string, string>;
  /** Absolute path → shell script (made executable): credential_process commands. */
  scripts: Record<string, string>;
  explicitProfile?: string;
  /** What the stubs and scripts will answer, in the model's terms. */
  surroundings: Surroundings;
  /** Role ARN → the key ID the stub STS hands out for it. */
  stsKeys: Record<string, string>;
  /** One line per ingredient, for the test's name and for replaying a failure. */
  notes: string[];
}

/** Where the stub servers listen (filled in before cases are generated). */
export interface StubPorts {
  /** IMDS servers, each handing out its own key ID. */
  imds: Array<{ port: number; accessKeyId: string; roleName: string }>;
  /** An IMDS that has no role (404 on the credentials path). */
  imdsNoRole: number;
  /** The container endpoint: /creds/<KEY> answers that key; /status/404 answers 404. */
  container: number;
  /** A port with nothing listening (connection refused). */
  closed: number;
}

/** What one real SDK reported for a case. */
export interface SdkOutcome {
  id: string;
  accessKeyId?: string;
  /** botocore's Credentials.method. */
  method?: string;
  /** The key IDs handed to each AssumeRole call, innermost first. */
  sourceKeys?: string[];
  /** The region a client would get (null/undefined: none). */
  region?: string | null;
  /** The error when the chain found nothing or stopped. */
  error?: { name: string; message: string };
  /** JS v3: a rejection nobody awaited (Node would crash on it). */
  unhandledRejection?: string;
  /** botocore: the deferred fetch's error (STS/SSO/token file), after the provider was chosen. */
  fetchError?: { name: string; message: string };
}
