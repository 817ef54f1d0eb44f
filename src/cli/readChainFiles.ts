// Reads from disk exactly the files an SDK's chain would open, so the pure model gets them as texts: the two
// shared files (where AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE say, else under the home folder), token files,
// boto2 files, and the SSO token cache entries the profiles refer to. Commands are never run.
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Surroundings } from "../credentialChain/index.ts";

const MAX_FILE_BYTES = 5 * 1024 * 1024;
const ENV_PATHS = ["AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_CREDENTIAL_FILE", "BOTO_CONFIG"];
const PROFILE_KEY = /^[ \t]*(web_identity_token_file|credential_process|sso_start_url|sso_session)[ \t]*[=:](.*)$/gim;

export type ReadResult = { ok: true; files: Record<string, string>; surroundings: Surroundings } | { ok: false; file: string; problem: string };

/** A file's text; undefined when it does not exist; a problem when it exists and cannot be read. */
function readText(file: string): { text?: string; problem?: string } {
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return { problem: "is a folder, not a file" };
    if (stat.size > MAX_FILE_BYTES) return { problem: `is ${stat.size} bytes; the limit is ${MAX_FILE_BYTES}` };
    return { text: readFileSync(file, "utf8") };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return {};
    return { problem: code === "EACCES" ? "cannot be read (permission denied)" : (error as Error).message };
  }
}

const expand = (file: string, home: string) => (file === "~" ? home : file.startsWith("~/") ? path.join(home, file.slice(2)) : file);

export function readChainFiles(home: string, env: Record<string, string>): ReadResult {
  const files: Record<string, string> = Object.create(null);
  const surroundings: Surroundings = { processes: {}, ssoCache: {} };
  const wanted = [path.join(home, ".aws", "config"), path.join(home, ".aws", "credentials"), path.join(home, ".boto"), "/etc/boto.cfg"];
  for (const name of ENV_PATHS) if (env[name]) wanted.push(expand(env[name], home));
  const read = (file: string): ReadResult | undefined => {
    if (file in files) return undefined;
    const { text, problem } = readText(file);
    if (problem) return { ok: false, file, problem };
    if (text !== undefined) files[file] = text;
    return undefined;
  };
  for (const file of wanted) {
    const failed = read(file);
    if (failed) return failed;
  }
  // What the shared files point at: token files, SSO cache entries, commands (recorded, never run).
  for (const text of Object.values({ ...files })) {
    for (const [, key, raw] of text.matchAll(PROFILE_KEY)) {
      const value = raw.trim();
      if (key.toLowerCase() === "web_identity_token_file") {
        const failed = read(expand(value, home));
        if (failed) return failed;
      } else if (key.toLowerCase() === "credential_process") {
        surroundings.processes![value] = { kind: "unknown" };
      } else {
        const cacheFile = path.join(home, ".aws", "sso", "cache", `${createHash("sha1").update(value).digest("hex")}.json`);
        const { text: cached } = readText(cacheFile);
        if (cached === undefined) continue;
        try {
          const token = JSON.parse(cached) as { expiresAt?: unknown; accessToken?: unknown; refreshToken?: unknown };
          if (typeof token.expiresAt === "string") {
            surroundings.ssoCache![value] = { expiresAt: token.expiresAt, hasAccessToken: typeof token.accessToken === "string", hasRefreshToken: typeof token.refreshToken === "string" };
          }
        } catch {
          // An unreadable cache entry is what the SDK would find: no usable token.
        }
      }
    }
  }
  return { ok: true, files, surroundings };
}
