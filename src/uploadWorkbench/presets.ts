import type { FormPart, PostChoices, PutChoices, WorkbenchChoices } from "./types.ts";

/** The form's fields in the order botocore's generate_presigned_post returns them, the file last. */
export const DEFAULT_ORDER: readonly FormPart[] = ["key", "Content-Type", "x-amz-meta", "x-amz-algorithm", "x-amz-credential", "x-amz-date", "policy", "x-amz-signature", "file"];

/** A presigned PUT that works: the type signed is the type the fetch sends. */
export const DEFAULT_PUT: PutChoices = {
  mode: "put",
  bucket: "sigfix-example",
  key: "uploads/photo.png",
  region: "us-east-1",
  signedContentType: "image/png",
  signContentType: true,
  checksum: "none",
  metaName: "",
  metaValue: "",
  expiresIn: 900,
  client: "fetch-blob",
  sentContentType: "image/png",
  sentMetaValue: "",
  fileName: "photo.png",
  fileSize: 2048,
  sentAfter: 60,
};

/** A POST form that works: a key under uploads/, an image type, a size range, the file last. */
export const DEFAULT_POST: PostChoices = {
  mode: "post",
  bucket: "sigfix-example",
  region: "us-east-1",
  keyField: "uploads/${filename}",
  keyRule: "starts-with",
  keyCondition: "uploads/",
  contentTypeRule: "starts-with",
  contentTypeCondition: "image/",
  contentTypeField: "image/png",
  lengthRange: [1, 1048576],
  metaName: "",
  metaCondition: "",
  metaField: "",
  expiresIn: 900,
  rawPolicy: null,
  order: [...DEFAULT_ORDER],
  fileName: "photo.png",
  fileType: "image/png",
  fileSize: 2048,
  sentAfter: 60,
};

export interface WorkbenchPreset {
  id: string;
  label: string;
  choices: WorkbenchChoices;
}

/** The common client mistakes, each one change away from a working upload. Ids are links' names: never rename one. */
export const WORKBENCH_PRESETS: readonly WorkbenchPreset[] = [
  { id: "put-ok", label: "PUT: fetch with the signed Content-Type (works)", choices: DEFAULT_PUT },
  { id: "put-formdata", label: "PUT: FormData to a presigned PUT", choices: { ...DEFAULT_PUT, client: "fetch-formdata" } },
  { id: "put-axios-default", label: "PUT: axios's default Content-Type", choices: { ...DEFAULT_PUT, client: "axios-default" } },
  {
    id: "put-charset",
    label: "PUT: ;charset=UTF-8 appended to text/plain",
    choices: { ...DEFAULT_PUT, key: "uploads/notes.txt", signedContentType: "text/plain", client: "fetch-string", sentContentType: "text/plain", fileName: "notes.txt" },
  },
  {
    id: "put-okhttp-charset",
    label: "PUT: OkHttp appends ; charset=utf-8 to a String body",
    choices: { ...DEFAULT_PUT, key: "uploads/notes.txt", signedContentType: "text/plain", client: "okhttp-string", sentContentType: "text/plain", fileName: "notes.txt" },
  },
  { id: "put-curl-no-type", label: "PUT: curl -T sends no Content-Type", choices: { ...DEFAULT_PUT, client: "curl-T" } },
  {
    id: "put-empty-crc32",
    label: "PUT: JS v3 presigner's empty-body CRC32 with a real body",
    choices: { ...DEFAULT_PUT, checksum: "js-v3-empty-crc32", signContentType: false },
  },
  { id: "put-expired", label: "PUT: the URL expired before the upload", choices: { ...DEFAULT_PUT, expiresIn: 900, sentAfter: 3600 } },
  { id: "put-wrong-region", label: "PUT: presigned for the wrong region", choices: { ...DEFAULT_PUT, region: "eu-west-1" } },
  { id: "post-ok", label: "POST: a form that matches its policy (works)", choices: DEFAULT_POST },
  {
    id: "post-content-type",
    label: "POST: Content-Type outside the starts-with",
    choices: { ...DEFAULT_POST, contentTypeField: "application/pdf", fileName: "report.pdf", fileType: "application/pdf" },
  },
  { id: "post-too-large", label: "POST: file over content-length-range", choices: { ...DEFAULT_POST, lengthRange: [1, 102400], fileSize: 204800 } },
  { id: "post-expired", label: "POST: the policy expired", choices: { ...DEFAULT_POST, expiresIn: 300, sentAfter: 900 } },
  {
    id: "post-fields-after-file",
    label: "POST: fields after the file",
    choices: { ...DEFAULT_POST, order: ["key", "file", "Content-Type", "x-amz-meta", "x-amz-algorithm", "x-amz-credential", "x-amz-date", "policy", "x-amz-signature"] },
  },
];

export function getWorkbenchPreset(id: string): WorkbenchPreset | undefined {
  return WORKBENCH_PRESETS.find((preset) => preset.id === id);
}
