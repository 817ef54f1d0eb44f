// A seeded generator of credential-chain situations: environment, two INI files written in the many ways people
// write them, token files, credential_process scripts, SSO caches, container and IMDS stubs. Every source gets its
// own key ID, so "which key did the real SDK pick" names the source exactly.
import { createHash } from "node:crypto";
import { createRandom, type Random } from "../createRandom.ts";
import type { ProcessAnswer, Surroundings } from "../../../src/credentialChain/index.ts";
import type { ChainCase, StubPorts } from "./chainCaseTypes.ts";

const PROFILE_NAMES = ["default", "dev", "prod", "ci", "base", "ops"];
const PAST = "2020-01-01T00:00:00Z";
const FUTURE = "2099-01-01T00:00:00Z";

interface Line {
  key: string;
  value: string;
}

/** Unique key IDs: AKIA/ASIA + SIGFIX + a 10-character tag, so none can be mistaken for a real key. */
function createKeys(caseIndex: number) {
  let counter = 0;
  return (temporary: boolean, tag: string) => {
    counter += 1;
    const body = `${tag}${String(caseIndex).padStart(4, "0")}${String(counter).padStart(3, "0")}`.slice(0, 10).padEnd(10, "0");
    return `${temporary ? "ASIA" : "AKIA"}SIGFIX${body.toUpperCase()}`;
  };
}

/** Writes one `key = value` line the way a person might: spacing, `:`, case, inline comments, indentation. */
function writeLine(random: Random, { key, value }: Line, notes: string[]): string {
  const roll = random.next();
  if (roll < 0.04) return notes.push(`'${key}:' delimiter`), `${key}: ${value}`;
  if (roll < 0.07) return notes.push(`upper-case ${key}`), `${key.toUpperCase()} = ${value}`;
  if (roll < 0.11) return notes.push(`inline comment after ${key}`), `${key} = ${value} ${random.pick(["#", ";"])} note`;
  if (roll < 0.13) return notes.push(`glued comment after ${key}`), `${key} = ${value}#note`;
  if (roll < 0.15) return notes.push(`indented ${key}`), `  ${key} = ${value}`;
  if (roll < 0.2) return `${key}=${value}`;
  if (roll < 0.23) return `${key}  =\t${value}  `;
  return `${key} = ${value}`;
}

function header(random: Random, file: "config" | "credentials", name: string, notes: string[]): string {
  if (file === "credentials") {
    if (random.chance(0.04)) return notes.push(`[profile ${name}] in credentials`), `[profile ${name}]`;
    return `[${name}]`;
  }
  if (name === "default" && random.chance(0.7)) return "[default]";
  const roll = random.next();
  if (roll < 0.04) return notes.push(`[${name}] without prefix in config`), `[${name}]`;
  if (roll < 0.07) return notes.push(`[profile  ${name}] two spaces`), `[profile  ${name}]`;
  if (roll < 0.09) return notes.push(`[profile "${name}"] quoted`), `[profile "${name}"]`;
  if (roll < 0.11) return notes.push(`[profile ${name}] # comment`), `[profile ${name}] # comment`;
  return `[profile ${name}]`;
}

function renderFile(random: Random, file: "config" | "credentials", sections: Map<string, Line[]>, notes: string[]): string {
  const out: string[] = [];
  if (random.chance(0.1)) out.push(random.pick(["# written by hand", "; shared file", ""]));
  for (const [name, lines] of sections) {
    if (lines.length === 0) continue;
    out.push(header(random, file, name, notes));
    const written = lines.map((line) => writeLine(random, line, notes));
    if (random.chance(0.03) && written.length > 0) {
      notes.push(`duplicate key in [${name}] (${file})`);
      written.push(writeLine(random, lines[0], notes));
    }
    out.push(...written);
    if (random.chance(0.2)) out.push("");
    if (random.chance(0.03) && lines.length > 0) {
      notes.push(`duplicate section ${name} (${file})`);
      out.push(header(random, file, name, notes), writeLine(random, lines[lines.length - 1], notes));
    }
  }
  const text = out.join("\n") + "\n";
  if (random.chance(0.05)) return notes.push(`${file} with CRLF`), text.replace(/\n/g, "\r\n");
  return text;
}

export function generateChainCase(seed: number, index: number, root: string, ports: StubPorts): ChainCase {
  const random = createRandom(seed);
  const key = createKeys(index);
  const id = `c${String(index).padStart(3, "0")}`;
  const dir = `${root}/${id}`;
  const notes: string[] = [];
  const env: Record<string, string> = { HOME: dir };
  const files: Record<string, string> = {};
  const scripts: Record<string, string> = {};
  const stsKeys: Record<string, string> = {};
  const processes: Record<string, ProcessAnswer> = {};
  const surroundings: Surroundings = { processes, sts: {}, ssoCache: {} };
  const config = new Map<string, Line[]>();
  const credentials = new Map<string, Line[]>();
  const section = (map: Map<string, Line[]>, name: string) => map.get(name) ?? (map.set(name, []), map.get(name)!);
  const roleArn = (name: string) => {
    const arn = `arn:aws:iam::123456789012:role/${id}-${name}`;
    const sts = key(true, "STS");
    stsKeys[arn] = sts;
    surroundings.sts![arn] = { kind: "credentials", credentials: { accessKeyId: sts, hasSecretAccessKey: true, hasSessionToken: true } };
    return arn;
  };
  const tokenFile = (tag: string) => {
    const path = `${dir}/tokens/${tag}.jwt`;
    if (random.chance(0.8)) files[path] = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJzaWdmaXgifQ.";
    else notes.push(`token file ${tag} missing`);
    return path;
  };

  // The environment's keys.
  const envRoll = random.next();
  if (envRoll < 0.45) {
    const temporary = random.chance(0.4);
    env.AWS_ACCESS_KEY_ID = key(temporary, "ENV");
    if (random.chance(0.92)) env.AWS_SECRET_ACCESS_KEY = "envSecretEXAMPLE";
    else notes.push("env key without secret");
    if (random.chance(temporary ? 0.7 : 0.25)) env.AWS_SESSION_TOKEN = "env-session-token-EXAMPLE";
    notes.push(`env keys${env.AWS_SESSION_TOKEN ? " + token" : ""}`);
  } else if (envRoll < 0.5) {
    env.AWS_SECRET_ACCESS_KEY = "envSecretEXAMPLE";
    notes.push("env secret without key");
  }

  // Profiles.
  const names = PROFILE_NAMES.filter(() => random.chance(0.5));
  const kinds = new Map(names.map((name) => [name, random.pick(["static", "static", "static", "role-source", "role-source", "role-source", "role-credsource", "webid", "process", "sso", "empty", "partial", "role-odd"])]));
  const sourceFor = (self: string) => {
    const usable = names.filter((name) => name !== self && ["static", "process", "webid", "role-source"].includes(kinds.get(name)!));
    if (usable.length > 0 && random.chance(0.7)) return random.pick(usable);
    return random.chance(0.85) ? random.pick(names) : "nowhere";
  };
  for (const name of names) {
    const kind = kinds.get(name)!;
    notes.push(`${name}: ${kind}`);
    const target = random.chance(0.5) ? config : credentials;
    if (kind === "static" || kind === "partial") {
      const temporary = random.chance(0.25);
      const lines = section(target, name);
      lines.push({ key: "aws_access_key_id", value: key(temporary, target === config ? "CFG" : "CRD") });
      if (kind === "static") lines.push({ key: "aws_secret_access_key", value: "fileSecretEXAMPLE" });
      if (random.chance(temporary ? 0.7 : 0.2)) lines.push({ key: "aws_session_token", value: "file-session-token-EXAMPLE" });
    } else if (kind === "role-source") {
      const lines = section(random.chance(0.8) ? config : credentials, name);
      lines.push({ key: "role_arn", value: roleArn(name) });
      lines.push({ key: "source_profile", value: sourceFor(name) });
      if (random.chance(0.05)) lines.push({ key: "mfa_serial", value: "arn:aws:iam::123456789012:mfa/sigfix" }), notes.push(`${name}: mfa`);
    } else if (kind === "role-credsource") {
      const lines = section(config, name);
      lines.push({ key: "role_arn", value: roleArn(name) });
      lines.push({ key: "credential_source", value: random.pick(["Environment", "Environment", "EcsContainer", "Ec2InstanceMetadata", "environment", "Bogus"]) });
    } else if (kind === "role-odd") {
      const lines = section(config, name);
      lines.push({ key: "role_arn", value: roleArn(name) });
      if (random.chance(0.5)) {
        lines.push({ key: "source_profile", value: random.pick(names) }, { key: "credential_source", value: "Environment" });
        notes.push(`${name}: source_profile and credential_source`);
      } else notes.push(`${name}: role_arn alone`);
    } else if (kind === "webid") {
      const lines = section(config, name);
      lines.push({ key: "role_arn", value: roleArn(name) }, { key: "web_identity_token_file", value: tokenFile(name) });
    } else if (kind === "process") {
      const variant = random.pick(["ok", "ok", "ok", "exit", "not-json", "version2", "no-secret", "not-found"]);
      notes.push(`${name}: process ${variant}`);
      const path = `${dir}/bin/creds-${name}.sh`;
      const accessKeyId = key(random.chance(0.5), "PRC");
      const hasToken = accessKeyId.startsWith("ASIA");
      const json = (extra: Record<string, unknown>) => JSON.stringify({ Version: 1, AccessKeyId: accessKeyId, SecretAccessKey: "procSecretEXAMPLE", ...(hasToken ? { SessionToken: "proc-token-EXAMPLE" } : {}), Expiration: FUTURE, ...extra });
      const body: Record<string, string> = {
        ok: `printf '%s' '${json({})}'`,
        exit: "echo 'credential helper failed' >&2\nexit 3",
        "not-json": "printf 'not json'",
        version2: `printf '%s' '${json({ Version: 2 })}'`,
        "no-secret": `printf '%s' '${json({ SecretAccessKey: undefined })}'`,
      };
      if (variant !== "not-found") scripts[path] = `#!/bin/sh\n${body[variant]}\n`;
      processes[path] =
        variant === "ok" ? { kind: "credentials", credentials: { accessKeyId, hasSecretAccessKey: true, hasSessionToken: hasToken, expiration: FUTURE } }
        : variant === "exit" ? { kind: "exit", code: 3, stderr: "credential helper failed\n" }
        : variant === "not-json" ? { kind: "not-json" }
        : variant === "version2" ? { kind: "credentials", version: 2, credentials: { accessKeyId, hasSecretAccessKey: true, hasSessionToken: hasToken } }
        : variant === "no-secret" ? { kind: "credentials", credentials: { accessKeyId, hasSecretAccessKey: false, hasSessionToken: hasToken } }
        : { kind: "not-found" };
      section(random.chance(0.8) ? config : credentials, name).push({ key: "credential_process", value: path });
    } else if (kind === "sso") {
      const startUrl = `https://${id}-${name}.awsapps.com/start`;
      const lines = section(config, name);
      lines.push({ key: "sso_start_url", value: startUrl }, { key: "sso_region", value: "us-east-1" });
      lines.push({ key: "sso_account_id", value: "123456789012" });
      if (random.chance(0.85)) lines.push({ key: "sso_role_name", value: "ReadOnly" });
      else notes.push(`${name}: sso without role name`);
      if (random.chance(0.6)) {
        const expiresAt = PAST;
        files[`${dir}/.aws/sso/cache/${createHash("sha1").update(startUrl).digest("hex")}.json`] = JSON.stringify({ startUrl, region: "us-east-1", accessToken: "sso-token-EXAMPLE", expiresAt });
        surroundings.ssoCache![startUrl] = { expiresAt, hasAccessToken: true };
        notes.push(`${name}: sso token expired`);
      } else notes.push(`${name}: sso token missing`);
    } else {
      section(config, name).push({ key: "region", value: random.pick(["us-west-2", "eu-west-1"]) });
    }
    if (random.chance(0.2)) section(config, name).push({ key: "region", value: random.pick(["eu-central-1", "ap-south-1"]) });
  }
  if (config.size > 0 || random.chance(0.1)) files[`${dir}/.aws/config`] = renderFile(random, "config", config, notes);
  if (credentials.size > 0 || random.chance(0.1)) files[`${dir}/.aws/credentials`] = renderFile(random, "credentials", credentials, notes);

  // Which profile is named, and how.
  const someName = () => (names.length > 0 && random.chance(0.85) ? random.pick(names) : "missing");
  const profileRoll = random.next();
  if (profileRoll < 0.3) env.AWS_PROFILE = someName(), notes.push(`AWS_PROFILE=${env.AWS_PROFILE}`);
  else if (profileRoll < 0.38) env.AWS_DEFAULT_PROFILE = someName(), notes.push(`AWS_DEFAULT_PROFILE=${env.AWS_DEFAULT_PROFILE}`);
  const explicitProfile = random.chance(0.12) ? someName() : undefined;
  if (explicitProfile !== undefined) notes.push(`explicit profile ${explicitProfile}`);

  // Web identity from the environment (EKS IRSA, CI runners with OIDC).
  if (random.chance(0.15)) {
    env.AWS_WEB_IDENTITY_TOKEN_FILE = tokenFile("env");
    if (random.chance(0.9)) env.AWS_ROLE_ARN = roleArn("env-webid");
    notes.push("env web identity");
  }

  // The container endpoint (ECS, EKS Pod Identity).
  const containerRoll = random.next();
  if (containerRoll < 0.15) {
    const accessKeyId = key(true, "CTR");
    env.AWS_CONTAINER_CREDENTIALS_FULL_URI = `http://127.0.0.1:${ports.container}/creds/${accessKeyId}`;
    surroundings.container = { kind: "credentials", credentials: { accessKeyId, hasSecretAccessKey: true, hasSessionToken: true } };
    notes.push("container endpoint answers");
  } else if (containerRoll < 0.19) {
    env.AWS_CONTAINER_CREDENTIALS_FULL_URI = `http://127.0.0.1:${ports.container}/status/404`;
    surroundings.container = { kind: "http-error", status: 404 };
    notes.push("container endpoint 404");
  } else if (containerRoll < 0.2) {
    env.AWS_CONTAINER_CREDENTIALS_FULL_URI = `http://127.0.0.1:${ports.closed}/creds`;
    surroundings.container = { kind: "unreachable" };
    notes.push("container endpoint unreachable");
  }

  // IMDS: always pointed at 127.0.0.1, so no case waits on 169.254.169.254.
  const imdsRoll = random.next();
  if (imdsRoll < 0.3) {
    const server = random.pick(ports.imds);
    env.AWS_EC2_METADATA_SERVICE_ENDPOINT = `http://127.0.0.1:${server.port}/`;
    surroundings.imds = { kind: "credentials", credentials: { accessKeyId: server.accessKeyId, hasSecretAccessKey: true, hasSessionToken: true }, roleName: server.roleName };
    notes.push("IMDS has a role");
  } else if (imdsRoll < 0.4) {
    env.AWS_EC2_METADATA_SERVICE_ENDPOINT = `http://127.0.0.1:${ports.imdsNoRole}/`;
    surroundings.imds = { kind: "http-error", status: 404 };
    notes.push("IMDS without a role");
  } else {
    env.AWS_EC2_METADATA_SERVICE_ENDPOINT = `http://127.0.0.1:${ports.closed}/`;
    surroundings.imds = { kind: "unreachable" };
    if (random.chance(0.3)) env.AWS_EC2_METADATA_DISABLED = random.pick(["true", "TRUE", "false", "1"]), notes.push(`AWS_EC2_METADATA_DISABLED=${env.AWS_EC2_METADATA_DISABLED}`);
  }
  if (random.chance(0.3)) env.AWS_REGION = "us-east-2";
  if (random.chance(0.3)) env.AWS_DEFAULT_REGION = "sa-east-1";
  return { id, dir, env, files, scripts, explicitProfile, surroundings, stsKeys, notes };
}

export function generateChainCases(seed: number, count: number, root: string, ports: StubPorts): ChainCase[] {
  return Array.from({ length: count }, (_, index) => generateChainCase(seed + index * 7919, index, root, ports));
}
