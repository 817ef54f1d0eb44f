/** A browser form upload (S3 POST Object) as read once at the door; every later step reads this value. */

/** One form field before the `file` field, as sent: the name keeps its case, the value is UTF-8 text. */
export interface PostField {
  name: string;
  value: string;
}

/** The `file` field: its bytes (a view into the body, not a copy) and what its part header said. */
export interface PostFile {
  filename: string | null;
  /** The part's own Content-Type header (S3 stores the `Content-Type` form field, not this). */
  contentType: string | null;
  bytes: Uint8Array;
}

export interface PostForm {
  /** The fields before `file`, in order. */
  fields: PostField[];
  /** Lower-cased field name → first value. A Map, so `__proto__` or `constructor` are plain names. */
  byName: Map<string, string>;
  file: PostFile | null;
  /** Names of the parts after `file` (S3 ignores them), up to MAX_POST_IGNORED_PARTS_LISTED. */
  ignoredAfterFile: string[];
}

export type ParseFormResult =
  | { ok: true; form: PostForm }
  | { ok: false; kind: "notMultipart" | "malformed" | "preDataTooLarge"; detail: string };

/** The decoded policy document: its expiration as written and its conditions, in order. */
export interface PostPolicy {
  expiration: string | undefined;
  conditions: unknown[];
}
