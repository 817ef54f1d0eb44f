import { MAX_POLICY_CHARS } from "../lab/index.ts";
import { PUT_CLIENT_IDS } from "./clients.ts";
import { DEFAULT_ORDER, DEFAULT_POST, DEFAULT_PUT } from "./presets.ts";
import type { FieldRule, FormPart, WorkbenchChoices } from "./types.ts";

/** Longest text any one choice may hold (a key, a type, a file name…). */
const MAX_FIELD_CHARS = 1024;
const RULES: readonly FieldRule[] = ["eq", "starts-with", "none"];

type Reader = { problem: string | null };

function read(source: Record<string, unknown>, name: string): unknown {
  return Object.hasOwn(source, name) ? source[name] : undefined;
}

function text(r: Reader, source: Record<string, unknown>, name: string, fallback: string, max = MAX_FIELD_CHARS): string {
  const value = read(source, name);
  if (value === undefined) return fallback;
  if (typeof value !== "string" || value.length > max) r.problem ??= `“${name}” is not a text of at most ${max} characters`;
  return typeof value === "string" ? value.slice(0, max) : fallback;
}

function number(r: Reader, source: Record<string, unknown>, name: string, fallback: number): number {
  const value = read(source, name);
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    r.problem ??= `“${name}” is not a number`;
    return fallback;
  }
  return value;
}

function oneOf<T extends string>(r: Reader, source: Record<string, unknown>, name: string, allowed: readonly T[], fallback: T): T {
  const value = read(source, name);
  if (value === undefined) return fallback;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  r.problem ??= `“${name}” is not one of ${allowed.join(", ")}`;
  return fallback;
}

function order(r: Reader, value: unknown): FormPart[] {
  if (value === undefined) return [...DEFAULT_ORDER];
  const ok = Array.isArray(value) && value.length === DEFAULT_ORDER.length && DEFAULT_ORDER.every((part) => value.includes(part));
  if (!ok) r.problem ??= "the form's field order is not the nine parts, each once";
  return ok ? (value as FormPart[]) : [...DEFAULT_ORDER];
}

/**
 * Choices from a link, checked field by field against the defaults' shape (own properties only, bounded texts):
 * the valid choices, or a sentence naming the first field that is wrong.
 */
export function validateChoices(json: unknown): WorkbenchChoices | string {
  if (json === null || typeof json !== "object" || Array.isArray(json)) return "it does not hold the workbench's choices";
  const s = json as Record<string, unknown>;
  const r: Reader = { problem: null };
  const mode = read(s, "mode");
  let choices: WorkbenchChoices;
  if (mode === "put") {
    const d = DEFAULT_PUT;
    choices = {
      mode: "put",
      bucket: text(r, s, "bucket", d.bucket, 63),
      key: text(r, s, "key", d.key),
      region: text(r, s, "region", d.region, 64),
      signedContentType: text(r, s, "signedContentType", d.signedContentType),
      signContentType: read(s, "signContentType") === undefined ? d.signContentType : read(s, "signContentType") === true,
      checksum: oneOf(r, s, "checksum", ["none", "js-v3-empty-crc32"], d.checksum),
      metaName: text(r, s, "metaName", d.metaName, 128),
      metaValue: text(r, s, "metaValue", d.metaValue),
      expiresIn: number(r, s, "expiresIn", d.expiresIn),
      client: oneOf(r, s, "client", PUT_CLIENT_IDS, d.client),
      sentContentType: text(r, s, "sentContentType", d.sentContentType),
      sentMetaValue: text(r, s, "sentMetaValue", d.sentMetaValue),
      fileName: text(r, s, "fileName", d.fileName, 255),
      fileSize: number(r, s, "fileSize", d.fileSize),
      sentAfter: number(r, s, "sentAfter", d.sentAfter),
    };
  } else if (mode === "post") {
    const d = DEFAULT_POST;
    const range = read(s, "lengthRange");
    const rangeOk = range === null || (Array.isArray(range) && range.length === 2 && range.every((n) => typeof n === "number" && Number.isFinite(n)));
    if (!rangeOk && range !== undefined) r.problem ??= "“lengthRange” is not two numbers";
    const raw = read(s, "rawPolicy");
    choices = {
      mode: "post",
      bucket: text(r, s, "bucket", d.bucket, 63),
      region: text(r, s, "region", d.region, 64),
      keyField: text(r, s, "keyField", d.keyField),
      keyRule: oneOf(r, s, "keyRule", RULES, d.keyRule),
      keyCondition: text(r, s, "keyCondition", d.keyCondition),
      contentTypeRule: oneOf(r, s, "contentTypeRule", RULES, d.contentTypeRule),
      contentTypeCondition: text(r, s, "contentTypeCondition", d.contentTypeCondition),
      contentTypeField: text(r, s, "contentTypeField", d.contentTypeField),
      lengthRange: range === undefined || !rangeOk ? d.lengthRange : (range as [number, number] | null),
      metaName: text(r, s, "metaName", d.metaName, 128),
      metaCondition: text(r, s, "metaCondition", d.metaCondition),
      metaField: text(r, s, "metaField", d.metaField),
      expiresIn: number(r, s, "expiresIn", d.expiresIn),
      rawPolicy: raw === null || raw === undefined ? null : text(r, s, "rawPolicy", "", MAX_POLICY_CHARS),
      order: order(r, read(s, "order")),
      fileName: text(r, s, "fileName", d.fileName, 255),
      fileType: text(r, s, "fileType", d.fileType),
      fileSize: number(r, s, "fileSize", d.fileSize),
      sentAfter: number(r, s, "sentAfter", d.sentAfter),
    };
  } else return "its mode is neither “put” nor “post”";
  return r.problem ?? choices;
}
