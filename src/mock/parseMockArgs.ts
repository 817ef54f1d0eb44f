import { MAX_BODY_BYTES, MAX_S3_STORE_BYTES, MAX_S3_STORE_ENTRIES, MAX_S3_WRITE_BODY_BYTES } from "./lab.ts";

/** What `npm run mock-aws -- …` was asked to do. */
export interface MockArgs {
  port: number;
  host: string;
  region: string;
  mode: "aws" | "dynamodb-local";
  /** Seconds added to the machine's clock to get the server's clock (negative = server behind). */
  clockOffsetSeconds: number;
  /** A JSON world file (identities, opt-in regions, optional `now`), or null for the default world. */
  worldFile: string | null;
  help: boolean;
}

export type ParseMockArgsResult = { ok: true; args: MockArgs } | { ok: false; error: string };

export const DEFAULT_MOCK_PORT = 4599;

export const MOCK_USAGE = `Usage: npm run mock-aws -- [--port N] [--host 127.0.0.1] [--region us-east-1] [--mode aws|dynamodb-local]
                          [--clock-offset SECONDS] [--world FILE]

A local AWS authentication endpoint for DynamoDB, STS, S3 and Lambda on one port, answering like AWS's front door.
  --port N               port to listen on (default ${DEFAULT_MOCK_PORT}; 0 picks a free one)
  --host ADDRESS         address to bind (default 127.0.0.1)
  --region NAME          the region the endpoint is in; clients signing for another region get AWS's scope error
  --mode aws|dynamodb-local
                         dynamodb-local answers as DynamoDB Local does (no signature check)
  --clock-offset SECONDS shift the server's clock (e.g. 1200 = 20 minutes ahead) to show clock-skew errors
  --world FILE           load identities from a JSON world file instead of the default ones
  --help                 print this text

S3 keeps uploads in memory until the endpoint stops: PutObject, multipart uploads (aws s3 cp, lib-storage Upload),
presigned PUT and POST; GetObject (with Range), HeadObject, DeleteObject and ListObjectsV2 serve them. Path-style
(http://127.0.0.1:4599/BUCKET/KEY) and virtual-hosted (http://BUCKET.localhost:4599/KEY) requests both work.
Caps: ${MAX_S3_STORE_BYTES / 1048576} MiB and ${MAX_S3_STORE_ENTRIES} objects and parts in all, ${MAX_S3_WRITE_BODY_BYTES / 1048576} MiB per S3 write,
${MAX_BODY_BYTES / 1048576} MiB for other request bodies; past a cap the endpoint refuses the write and keeps what it has.`;

const REGION = /^[a-z]{2}(-[a-z0-9]+)+-\d+$/;

/** Parses the command line (`--name value` or `--name=value`). Never throws: a bad flag gives `{ ok: false, error }`. */
export function parseMockArgs(argv: readonly string[]): ParseMockArgsResult {
  const args: MockArgs = { port: DEFAULT_MOCK_PORT, host: "127.0.0.1", region: "us-east-1", mode: "aws", clockOffsetSeconds: 0, worldFile: null, help: false };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    if (raw === "--help" || raw === "-h") {
      args.help = true;
      continue;
    }
    const eq = raw.indexOf("=");
    const name = raw.startsWith("--") && eq > 0 ? raw.slice(0, eq) : raw;
    let value: string | undefined;
    if (name !== raw) value = raw.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value !== undefined) i++;
    }
    if (!["--port", "--host", "--region", "--mode", "--clock-offset", "--world"].includes(name)) {
      return fail(`unknown option \`${raw}\``);
    }
    if (value === undefined || value === "") return fail(`\`${name}\` needs a value`);
    switch (name) {
      case "--port": {
        const port = Number(value);
        if (!/^\d+$/.test(value) || port > 65535) return fail(`\`--port\` must be a whole number from 0 to 65535; got \`${value}\``);
        args.port = port;
        break;
      }
      case "--host":
        args.host = value;
        break;
      case "--region":
        if (!REGION.test(value)) return fail(`\`--region\` must be a region name such as us-east-1; got \`${value}\``);
        args.region = value;
        break;
      case "--mode":
        if (value !== "aws" && value !== "dynamodb-local") return fail(`\`--mode\` must be \`aws\` or \`dynamodb-local\`; got \`${value}\``);
        args.mode = value;
        break;
      case "--clock-offset": {
        const seconds = Number(value);
        if (!/^[+-]?\d+(\.\d+)?$/.test(value) || !Number.isFinite(seconds)) {
          return fail(`\`--clock-offset\` must be a number of seconds such as 1200 or -900; got \`${value}\``);
        }
        args.clockOffsetSeconds = seconds;
        break;
      }
      case "--world":
        args.worldFile = value;
        break;
    }
  }
  return { ok: true, args };
}

function fail(error: string): ParseMockArgsResult {
  return { ok: false, error: `mock-aws: ${error}. Run \`npm run mock-aws -- --help\` for the options.` };
}
