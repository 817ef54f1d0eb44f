// botocore 1.43.11 credentials.py ProcessProvider: the command is split with shlex (no shell) and run; any failure
// raises (CredentialRetrievalError, or the OS / JSON error itself), which ends the chain: unlike the JS SDK v3.
import { found, none, stop, type Attempt } from "../../common/attempt.ts";
import { getOwn } from "../../ini/createRecord.ts";
import { shlexSplit } from "../../ini/shlexSplit.ts";
import { lookupProcess } from "../../common/lookupProcess.ts";
import type { ChainInput } from "../../types.ts";
import type { BotocoreConfig } from "./loadConfigBotocore.ts";
import { has, str } from "./profileValues.ts";

const retrievalError = (message: string) => stop(`Error when retrieving credentials from custom-process: ${message}`, "CredentialRetrievalError");

export function processProviderBotocore(input: ChainInput, config: BotocoreConfig, name: string): Attempt {
  const profile = getOwn(config.profiles, name);
  if (!has(profile, "credential_process")) return none(`profile ${name} has no credential_process`);
  const command = str(profile, "credential_process")!;
  const argv = shlexSplit(command);
  if (argv === undefined) return stop("No closing quotation", "ValueError");
  if (argv.length === 0) return stop("list index out of range", "IndexError");
  const answer = lookupProcess(input, command, argv[0]);
  if (answer === undefined || answer.kind === "not-found") return stop(`[Errno 2] No such file or directory: '${argv[0]}'`, "FileNotFoundError");
  if (answer.kind === "exit") return answer.code === 0 ? stop("Expecting value: line 1 column 1 (char 0)", "JSONDecodeError") : retrievalError(answer.stderr ?? "");
  if (answer.kind === "not-json") return stop("Expecting value: line 1 column 1 (char 0)", "JSONDecodeError");
  if (answer.kind === "unknown") {
    return found({ source: "custom-process", provider: "ProcessProvider", origin: { kind: "endpoint", endpoint: "process" } }, `credential_process of profile ${name} runs (its output is not known here)`);
  }
  const version = answer.version ?? 1;
  if (version !== 1) return retrievalError(`Unsupported version '${version}' for credential process provider, supported versions: 1`);
  if (!answer.credentials.accessKeyId) return retrievalError("Missing required key in response: 'AccessKeyId'");
  if (!answer.credentials.hasSecretAccessKey) return retrievalError("Missing required key in response: 'SecretAccessKey'");
  return found(
    {
      source: "custom-process",
      provider: "ProcessProvider",
      accessKeyId: answer.credentials.accessKeyId,
      hasSessionToken: answer.credentials.hasSessionToken,
      origin: { kind: "endpoint", endpoint: "process" },
    },
    `credential_process of profile ${name} printed credentials`,
  );
}
