import { getOwn } from "../ini/createRecord.ts";
import type { ChainInput, ProcessAnswer } from "../types.ts";

/** The answer for a credential_process: by the exact command line, else by the program (its first word). */
export function lookupProcess(input: ChainInput, command: string, program: string | undefined): ProcessAnswer | undefined {
  const processes = input.surroundings?.processes ?? {};
  return getOwn(processes, command) ?? (program !== undefined ? getOwn(processes, program) : undefined);
}
