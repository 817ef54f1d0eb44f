import { inspectPresignedUrl } from "../inspectPresignedUrl.ts";
import type { Recogniser } from "./types.ts";

/** A presigned URL (or its query string), judged by its own dates against the "used at" time when one is set. */
export const recognisePresignedUrl: Recogniser = {
  name: "presigned URL",
  recognise(paste) {
    const inspection = inspectPresignedUrl(paste.text, paste.now, paste.usedAt);
    return inspection ? { kind: "presigned-url", ...inspection } : null;
  },
};
