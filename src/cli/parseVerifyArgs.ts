import { parseArgs } from "node:util";

export interface VerifyArgs {
  files: string[];
  service?: string;
  region?: string;
  now?: Date;
  identity?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  normalize: boolean;
  mode: "aws" | "dynamodb-local";
  json: boolean;
}

export const VERIFY_USAGE = `Usage: sigfix verify [FILE…|-] [--service NAME] [--region NAME] [--now ISO8601]
                     [--access-key ID --secret-key KEY [--session-token T]] [--no-normalize]
                     [--mode aws|dynamodb-local] [--json]
Reads raw HTTP requests (one per file, - for standard input) and prints what AWS's front door answers.
--service takes any service of the registry (botocore's name: secretsmanager, logs, sqs, sqs-query…), a signing
name (monitoring, execute-api, aoss) or an endpoint prefix; other names sign as a query-protocol service.`;

/** A service, signing name or endpoint prefix: what botocore's models use (letters, digits, `.`, `_`, `-`). */
const SERVICE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Parses `sigfix verify` arguments; a problem comes back as a one-line message, never a throw. */
export function parseVerifyArgs(argv: string[]): { ok: true; args: VerifyArgs } | { ok: false; error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        service: { type: "string" },
        region: { type: "string" },
        now: { type: "string" },
        "access-key": { type: "string" },
        "secret-key": { type: "string" },
        "session-token": { type: "string" },
        "no-normalize": { type: "boolean", default: false },
        mode: { type: "string", default: "aws" },
        json: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.mode !== "aws" && values.mode !== "dynamodb-local") {
    return { ok: false, error: `--mode must be aws or dynamodb-local, got '${values.mode}'` };
  }
  if (values.service !== undefined && !SERVICE_NAME.test(values.service)) {
    const shown = values.service.length > 40 ? `${values.service.slice(0, 40)}…` : values.service;
    return { ok: false, error: `--service must be a service or signing name such as secretsmanager or execute-api, got '${shown}'` };
  }
  let now: Date | undefined;
  if (values.now !== undefined) {
    now = new Date(values.now);
    if (Number.isNaN(now.getTime())) return { ok: false, error: `--now is not an ISO-8601 time: '${values.now}'` };
  }
  const key = values["access-key"];
  const secret = values["secret-key"];
  if ((key === undefined) !== (secret === undefined)) {
    return { ok: false, error: "--access-key and --secret-key go together" };
  }
  if (values["session-token"] !== undefined && key === undefined) {
    return { ok: false, error: "--session-token needs --access-key and --secret-key" };
  }
  return {
    ok: true,
    args: {
      files: positionals.length > 0 ? positionals : ["-"],
      service: values.service,
      region: values.region,
      now,
      identity: key && secret ? { accessKeyId: key, secretAccessKey: secret, sessionToken: values["session-token"] } : undefined,
      normalize: !values["no-normalize"],
      mode: values.mode,
      json: values.json,
    },
  };
}
