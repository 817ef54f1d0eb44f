/**
 * Browser form uploads as data (issue 12): what the server signed into the policy, and what the browser then sent.
 * The Fault machinery signs with smithy's header and query signers, which cannot express a form, so a POST scenario
 * is its own kind: guides name one as `scenario: { service: s3, post: <id> }` and tests/content runs it.
 */
export interface PostScenarioSpec {
  id: string;
  title: string;
  /** What the reader's code did, in plain words. */
  description: string;
  /** The upload workbench's preset for the same mistake (/play/upload/#preset=<id>, src/uploadWorkbench/presets.ts). */
  workbenchPreset?: string;
  /** The bucket posted to (default `sigfix-example`, us-east-1); the client signs for us-east-1 either way. */
  bucket?: string;
  /** The `key` field as signed; the policy gets `["starts-with", "$key", keyPrefix]`. */
  key: string;
  keyPrefix: string;
  /** Fields the server put in the form and signed with `eq` conditions, besides key and the SigV4 fields. */
  fields: Array<[string, string]>;
  /** Further conditions the server signed. */
  conditions: unknown[];
  /** `temporary` signs with the default world's ASIA key and sends its token. */
  credentials: "long-term" | "temporary";
  /** Whether the policy lists x-amz-security-token (SDKs add it; hand-written signers forget it). */
  tokenInPolicy: boolean;
  expiresIn: number;
  /** Seconds between signing and the upload reaching S3. */
  uploadAfterSeconds: number;
  file: { filename: string; contentType: string; size: number };
  /** What the browser or client sent differently from what was signed. */
  sent?: {
    set?: Array<[string, string]>;
    add?: Array<[string, string]>;
    omit?: string[];
    fileFirst?: boolean;
    /** The Content-Type header, when the code set it by hand (`multipart/form-data` without a boundary). */
    contentType?: string;
    /** The file sent under another field name. */
    renameFile?: string;
    /** The policy as edited after signing. */
    policySuffix?: string;
  };
}

const BASE: Omit<PostScenarioSpec, "id" | "title" | "description"> = {
  key: "uploads/${filename}",
  keyPrefix: "uploads/",
  fields: [["Content-Type", "image/png"]],
  conditions: [["content-length-range", 1, 1024 * 1024]],
  credentials: "long-term",
  tokenInPolicy: true,
  expiresIn: 3600,
  uploadAfterSeconds: 60,
  file: { filename: "photo.png", contentType: "image/png", size: 64 },
};

const make = (id: string, title: string, description: string, over: Partial<PostScenarioSpec> = {}): PostScenarioSpec => ({ ...BASE, id, title, description, ...over });

export const POST_SCENARIOS: readonly PostScenarioSpec[] = [
  make("post-ok", "A presigned POST sent as signed", "The browser posts the fields the server returned, then the file, as multipart/form-data.", { workbenchPreset: "post-ok" }),
  make("post-content-type-changed", "Content-Type changed after signing", "The policy allows `image/`, and the page sets the Content-Type field to the picked file's type, a PDF.",
    { conditions: [["starts-with", "$Content-Type", "image/"], ["content-length-range", 1, 1024 * 1024]], fields: [["Content-Type", "image/png"]], sent: { set: [["Content-Type", "application/pdf"]] }, workbenchPreset: "post-content-type" }),
  make("post-key-outside-prefix", "Key outside the signed prefix", "The policy allows keys under `uploads/`, and the page posts `avatars/${filename}`.",
    { sent: { set: [["key", "avatars/${filename}"]] } }),
  make("post-policy-expired", "Policy used after its expiration", "The form was signed with a 5-minute policy and submitted an hour later.",
    { expiresIn: 300, uploadAfterSeconds: 3600, workbenchPreset: "post-expired" }),
  make("post-file-too-large", "File over content-length-range", "The policy allows up to 1024 bytes (a thumbnail), and the user picks a 2048-byte file.",
    { conditions: [["content-length-range", 1, 1024]], file: { filename: "photo.png", contentType: "image/png", size: 2048 }, workbenchPreset: "post-too-large" }),
  make("post-file-first", "The file field before the others", "The code appends the file to the FormData first, then the fields: S3 ignores every field after the file.",
    { sent: { fileFirst: true }, workbenchPreset: "post-fields-after-file" }),
  make("post-extra-field", "A field the policy does not list", "An upload library adds `x-requested-with` (or the page adds a field) that no condition names.",
    { sent: { add: [["X-Requested-With", "XMLHttpRequest"]] } }),
  make("post-token-not-in-policy", "Temporary credentials, token not in the policy", "Hand-written signing code sends x-amz-security-token but leaves it out of the policy's conditions.",
    { credentials: "temporary", tokenInPolicy: false }),
  make("post-token-missing", "Temporary credentials, no token field", "Hand-written signing code signs with an ASIA key and sends no x-amz-security-token field.",
    { credentials: "temporary", sent: { omit: ["x-amz-security-token"] } }),
  make("post-policy-changed", "Policy edited after signing", "The page edits the base64 policy (or re-encodes it) after the server signed it.",
    { sent: { policySuffix: "x" } }),
  make("post-policy-null-value", "A condition with a null value", "The server's policy builder writes `{\"success_action_redirect\": null}` for an unset option.",
    { conditions: [{ success_action_redirect: null }, ["content-length-range", 1, 1024 * 1024]] }),
  make("post-wrong-region", "Signed for another region than the bucket's", "The server's S3 client is configured for us-east-1, and the bucket is in eu-west-1.",
    { bucket: "sigfix-example-eu" }),
  make("post-no-file", "No file field", "The file input was empty, or the code appended the file under another name (`upload`, `files[]`).",
    { sent: { renameFile: "upload" } }),
  make("post-boundary-missing", "Content-Type set by hand without a boundary", "The code sets `Content-Type: multipart/form-data` itself on a fetch with a FormData body, so the boundary is lost.",
    { sent: { contentType: "multipart/form-data" } }),
];

export function getPostScenario(id: string): PostScenarioSpec | undefined {
  return POST_SCENARIOS.find((s) => s.id === id);
}
