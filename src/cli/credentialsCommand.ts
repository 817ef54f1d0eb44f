// `sigfix credentials`: which credentials an SDK would pick on this machine, from the files and an environment,
// through the pure model in src/credentialChain. Exit 0 for any answer, 2 for unusable input.
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { parseIniBotocore, parseIniJsV3, resolveCredentials } from "../credentialChain/index.ts";
import type { ChainResult } from "../credentialChain/index.ts";
import { CREDENTIALS_USAGE, parseCredentialsArgs } from "./parseCredentialsArgs.ts";
import { parseEnvFile } from "./parseEnvFile.ts";
import { readChainFiles } from "./readChainFiles.ts";
import { formatChainResult } from "./formatChainResult.ts";
import { formatProblemLine } from "./escapeForTerminal.ts";

function jsonWithoutControls(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The `--json` shape: the result with the key ID masked past its prefix (the full ID is never printed). */
function toJson(result: ChainResult) {
  return {
    sdk: result.sdk,
    sdkVersion: result.sdkVersion,
    resolved: result.resolved,
    source: result.source ?? null,
    accessKeyId: result.maskedAccessKeyId ?? null,
    region: result.region ?? null,
    regionSource: result.regionSource ?? null,
    profile: result.profile,
    endpoint: result.endpoint ?? null,
    trace: result.trace,
    warnings: result.warnings,
    error: result.error ?? null,
  };
}

/** A shared file this SDK cannot parse at all is a problem with the input, named as such. */
function brokenIni(sdk: string, files: Record<string, string>, paths: string[]): { file: string; problem: string } | undefined {
  for (const file of paths) {
    const text = files[file];
    if (text === undefined) continue;
    if (sdk === "botocore") {
      const parsed = parseIniBotocore(text);
      if (!parsed.ok) return { file, problem: `botocore cannot parse it (ConfigParseError): ${parsed.problem}` };
    } else if (sdk === "js-v3") {
      const parsed = parseIniJsV3(text);
      if (parsed.error) return { file, problem: `the JS SDK v3 rejects it and reads it as empty: ${parsed.error}` };
    }
  }
  return undefined;
}

export function credentialsCommand(argv: string[], out: (line: string) => void, err: (line: string) => void, now: () => Date): number {
  const parsed = parseCredentialsArgs(argv);
  if (!parsed.ok) {
    err(formatProblemLine(`sigfix credentials: ${parsed.error}`));
    err(CREDENTIALS_USAGE);
    return 2;
  }
  const { args } = parsed;
  let env: Record<string, string>;
  if (args.envFile !== undefined) {
    let text: string;
    try {
      text = readFileSync(args.envFile, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      err(formatProblemLine(`sigfix credentials: \`${args.envFile}\`: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a file" : (error as Error).message}`));
      return 2;
    }
    const envParsed = parseEnvFile(text);
    if (!envParsed.ok) {
      err(formatProblemLine(`sigfix credentials: \`${args.envFile}\`: ${envParsed.problem}`));
      return 2;
    }
    env = envParsed.env;
  } else {
    env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
  }
  const home = args.home ?? env.HOME ?? homedir();
  const read = readChainFiles(home, env);
  if (!read.ok) {
    err(formatProblemLine(`sigfix credentials: \`${read.file}\`: ${read.problem}`));
    return 2;
  }
  const result = resolveCredentials(args.sdk, {
    env,
    home,
    files: read.files,
    explicitProfile: args.profile,
    surroundings: read.surroundings,
    now: now().toISOString(),
  });
  const broken = brokenIni(args.sdk, read.files, Object.keys(read.files).filter((file) => /(^|\/)(config|credentials)$/.test(file) || file === env.AWS_CONFIG_FILE || file === env.AWS_SHARED_CREDENTIALS_FILE));
  if (broken) {
    err(formatProblemLine(`sigfix credentials: \`${broken.file}\`: ${broken.problem}`));
    return 2;
  }
  out(args.json ? jsonWithoutControls(toJson(result)) : formatChainResult(result));
  return 0;
}
