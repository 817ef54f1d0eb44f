/** The reader's choices and the workbench's answer: plain data, so presets and share links are values. */
import type { CanonicalDiff, LabRequest, LabResponse, Verdict } from "../lab/index.ts";

/** How the client sends the PUT body (src/uploadWorkbench/clients.ts says what each one puts on the wire). */
export type PutClient = "fetch-blob" | "fetch-string" | "fetch-formdata" | "axios-default" | "okhttp-string" | "curl-T" | "curl-H";

/** What the presigner bakes in for checksums: nothing, or JS v3 ≥3.729's empty-body CRC32 (`WHEN_SUPPORTED`). */
export type PutChecksum = "none" | "js-v3-empty-crc32";

export interface PutChoices {
  mode: "put";
  bucket: string;
  key: string;
  /** The region the presigner signs for; the URL's host follows it, as the SDKs build it. */
  region: string;
  /** The Content-Type given to the presigner ("" = none). */
  signedContentType: string;
  /** false: the presigner leaves Content-Type out of SignedHeaders (JS v3 `getSignedUrl`'s default). */
  signContentType: boolean;
  checksum: PutChecksum;
  /** x-amz-meta-* given to the presigner, without the prefix ("" = none). */
  metaName: string;
  metaValue: string;
  expiresIn: number;
  client: PutClient;
  /** The file's (Blob's) type, or the `-H 'Content-Type: …'` value for curl. */
  sentContentType: string;
  /** The metadata header the client sends ("" = none). */
  sentMetaValue: string;
  fileName: string;
  fileSize: number;
  /** Seconds between signing and sending. */
  sentAfter: number;
}

/** A policy condition on a form field: exact, a prefix, or none. */
export type FieldRule = "eq" | "starts-with" | "none";

/** The form's parts a reader can reorder; `file` must come last for S3. */
export type FormPart = "key" | "Content-Type" | "x-amz-meta" | "x-amz-algorithm" | "x-amz-credential" | "x-amz-date" | "policy" | "x-amz-signature" | "file";

export interface PostChoices {
  mode: "post";
  bucket: string;
  region: string;
  /** The `key` field as sent, `${filename}` allowed. */
  keyField: string;
  keyRule: FieldRule;
  keyCondition: string;
  contentTypeRule: FieldRule;
  contentTypeCondition: string;
  /** The Content-Type field sent ("" = the field is left out). */
  contentTypeField: string;
  /** content-length-range, or null for none. */
  lengthRange: [number, number] | null;
  metaName: string;
  /** The x-amz-meta-* value the policy requires with `eq` ("" = no condition). */
  metaCondition: string;
  /** The x-amz-meta-* field sent ("" = the field is left out). */
  metaField: string;
  /** Seconds from signing to the policy's expiration. */
  expiresIn: number;
  /** The reader's own policy text (JSON, or the base64 policy field) in place of the one built from the conditions. */
  rawPolicy: string | null;
  order: FormPart[];
  fileName: string;
  fileType: string;
  fileSize: number;
  sentAfter: number;
}

export type WorkbenchChoices = PutChoices | PostChoices;

/** One request as the page shows it: the exact request, its text with a long body abridged. */
export interface ShownRequest {
  request: LabRequest;
  text: string;
}

export interface WorkbenchResult {
  /** What was signed: the presigned URL's request, or the policy and its signed fields. */
  signed: { title: string; text: string };
  /** What the client actually sends. */
  sent: ShownRequest;
  verdict: Verdict;
  response: LabResponse;
  responseText: string;
  /** The client's canonical request against S3's, when the signature failed and both exist. */
  diff: CanonicalDiff | null;
  /** One sentence: what to change. */
  fix: string;
  /** POST: the policy JSON that was base64-encoded and signed (the page's policy editor shows it). */
  policy?: string;
  /** Plain-words notes on the input (a policy that is not JSON…): shown, and the lab still judges the bytes. */
  notes: string[];
}

/** An answer, or a message saying why the input cannot be sent (a form over the lab's size limit…). */
export type WorkbenchOutcome = { ok: true; result: WorkbenchResult } | { ok: false; error: string };
