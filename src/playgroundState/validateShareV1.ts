import type { Scenario } from "../lab/index.ts";
import { getFrontDoor, MAX_REQUEST_TEXT_CHARS, SERVICES } from "../lab/index.ts";
import type { CredentialRef, PresetRef, ShareV1, SharedCredentials } from "./types.ts";
import { TOKEN_STATES } from "./types.ts";

/** Raw requests above this are refused from a link, as Copy link refuses to make one (src/lab/limits.ts). */
const MAX_REQUEST_CHARS = MAX_REQUEST_TEXT_CHARS;
const NAME = /^[a-z0-9-]{1,40}$/;
const TEN_YEARS_S = 10 * 366 * 24 * 3600;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** Thrown inside this module only; `validateShareV1` turns it into a returned string. */
class Invalid extends Error {}
function need(ok: boolean, what: string): asserts ok {
  if (!ok) throw new Invalid(what);
}

function presetOf(v: unknown): PresetRef | null {
  if (v === null || v === undefined) return null;
  need(isObj(v) && typeof v.service === "string" && Object.hasOwn(SERVICES, v.service), "the preset's service is not one the lab knows");
  need(Array.isArray(v.faults) && v.faults.every((f) => typeof f === "string" && /^[A-Za-z0-9-]{1,60}$/.test(f)), "the preset's faults are not fault ids");
  const door = v.frontDoor === undefined ? undefined : typeof v.frontDoor === "string" ? getFrontDoor(v.frontDoor) : undefined;
  need(v.frontDoor === undefined || (door !== undefined && door.baseService === v.service), "the preset's front door is not one the lab knows");
  return { service: v.service as PresetRef["service"], ...(door ? { frontDoor: door.id } : {}), faults: [...(v.faults as string[])] };
}

function refOf(v: unknown, field: string): CredentialRef {
  need(isObj(v), `${field} is not a credential reference`);
  if (v.preset === true) return { preset: true };
  if (v.omitted === true) return { omitted: true };
  if (typeof v.example === "string" && (v.field === "accessKeyId" || v.field === "secretAccessKey" || v.field === "sessionToken")) {
    return { example: v.example, field: v.field };
  }
  need(field === "accessKeyId" && typeof v.value === "string" && /^[A-Z0-9]{0,64}$/.test(v.value), `${field} carries a value a link may not carry`);
  return { value: v.value as string };
}

const optional = <T>(v: unknown, check: (x: unknown) => boolean, what: string): T | undefined => {
  if (v === undefined) return undefined;
  need(check(v), what);
  return v as T;
};

/** `afterSigning`: an optional host, an optional path, optional header names, headers set and a body; nothing else. */
function isTransit(x: unknown): boolean {
  const keys = ["host", "target", "dropHeaders", "setHeaders", "body"];
  if (!isObj(x) || Object.keys(x).some((k) => !keys.includes(k))) return false;
  const text = (t: unknown) => t === undefined || (typeof t === "string" && t.length <= 2048 && !/[\s\u0000-\u001f]/.test(t));
  const isName = (h: unknown) => typeof h === "string" && /^[A-Za-z0-9-]{1,64}$/.test(h);
  const names = x.dropHeaders === undefined || (Array.isArray(x.dropHeaders) && x.dropHeaders.length <= 20 && x.dropHeaders.every(isName));
  // issue 12 (s3sig): a client's own Content-Type and body (FormData) after signing.
  const isValue = (t: unknown) => typeof t === "string" && t.length <= 2048 && !/[\u0000-\u001f]/.test(t);
  const set = x.setHeaders === undefined || (Array.isArray(x.setHeaders) && x.setHeaders.length <= 20 &&
    x.setHeaders.every((p) => Array.isArray(p) && p.length === 2 && isName(p[0]) && isValue(p[1])));
  const body = x.body === undefined || (typeof x.body === "string" && x.body.length <= MAX_REQUEST_CHARS);
  return text(x.host) && text(x.target) && names && set && body;
}

function scenarioOf(v: unknown): Omit<Scenario, "credentials"> {
  need(isObj(v), "the scenario is missing");
  need(typeof v.request === "string" && v.request.length <= MAX_REQUEST_CHARS, "the request text is missing or too long");
  need(typeof v.service === "string" && Object.hasOwn(SERVICES, v.service), "the service is not one the lab knows");
  need(typeof v.region === "string" && NAME.test(v.region), "the region is not a region name");
  need(typeof v.clockSkewSeconds === "number" && Number.isFinite(v.clockSkewSeconds) && Math.abs(v.clockSkewSeconds) <= TEN_YEARS_S, "the clock skew is not a number of seconds");
  need(v.mode === "header" || v.mode === "query", "the sign mode is neither header nor query");
  need(v.endpointMode === "aws" || v.endpointMode === "dynamodb-local", "the endpoint mode is unknown");
  need(typeof v.serverNow === "string" && /^\d{4}-\d\d-\d\dT/.test(v.serverNow) && !Number.isNaN(Date.parse(v.serverNow)), "the server time is not an ISO-8601 date");
  const isBool = (x: unknown) => typeof x === "boolean";
  const isName = (x: unknown) => typeof x === "string" && NAME.test(x);
  const scenario: Omit<Scenario, "credentials"> = {
    request: v.request as string,
    service: v.service as Scenario["service"],
    region: v.region as string,
    clockSkewSeconds: v.clockSkewSeconds as number,
    mode: v.mode as Scenario["mode"],
    endpointMode: v.endpointMode as Scenario["endpointMode"],
    serverNow: v.serverNow as string,
  };
  const extras: Partial<Scenario> = {
    endpointRegion: optional<string>(v.endpointRegion, isName, "the endpoint region is not a region name"),
    signingService: optional<string>(v.signingService, isName, "the signing service is not a service name"),
    expiresIn: optional<number>(v.expiresIn, (x) => Number.isInteger(x), "Expires in is not a whole number of seconds"),
    tamper: optional<Scenario["tamper"]>(v.tamper, (x) => x === null || x === "header" || x === "body" || x === "unsigned-header", "the tampering is unknown"),
    encodePathOnce: optional<boolean>(v.encodePathOnce, isBool, "encodePathOnce is not true or false"),
    leaveHeaderUnsigned: optional<string>(v.leaveHeaderUnsigned, (x) => typeof x === "string" && /^[A-Za-z0-9-]{1,64}$/.test(x), "leaveHeaderUnsigned is not a header name"),
    tokenAfterSigning: optional<boolean>(v.tokenAfterSigning, isBool, "tokenAfterSigning is not true or false"),
    skipSigning: optional<boolean>(v.skipSigning, isBool, "skipSigning is not true or false"),
    frontDoor: optional<string>(v.frontDoor, (x) => typeof x === "string" && getFrontDoor(x)?.baseService === v.service, "the front door is not one the lab knows"),
    applyChecksum: optional<boolean>(v.applyChecksum, isBool, "applyChecksum is not true or false"),
    afterSigning: optional<Scenario["afterSigning"]>(v.afterSigning, isTransit, "the after-signing change is not a host, a path and header names"),
  };
  for (const [key, value] of Object.entries(extras)) if (value !== undefined) (scenario as Record<string, unknown>)[key] = value;
  return scenario;
}

/** Checks every field of a decoded v1 payload; unknown fields are dropped. Returns the payload or what is wrong. */
export function validateShareV1(json: unknown): ShareV1 | string {
  try {
    need(isObj(json), "it holds no state");
    need(isObj(json.credentials), "the credentials are missing");
    const credentials: SharedCredentials = {
      accessKeyId: refOf(json.credentials.accessKeyId, "accessKeyId"),
      secretAccessKey: refOf(json.credentials.secretAccessKey, "secretAccessKey"),
      ...(json.credentials.sessionToken !== undefined ? { sessionToken: refOf(json.credentials.sessionToken, "sessionToken") } : {}),
    };
    need(TOKEN_STATES.includes(json.tokenState as never), "the token state is unknown");
    return { preset: presetOf(json.preset), scenario: scenarioOf(json.scenario), credentials, tokenState: json.tokenState as ShareV1["tokenState"] };
  } catch (error) {
    if (error instanceof Invalid) return error.message;
    throw error;
  }
}
