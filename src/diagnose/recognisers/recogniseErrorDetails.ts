import { inspectErrorDetails } from "../inspectErrorDetails.ts";
import type { Recogniser } from "./types.ts";

/** What the error's own details say: clock offsets, S3's Expires/ServerTime, the key S3 did not know. */
export const recogniseErrorDetails: Recogniser = {
  name: "error details",
  recognise(paste) {
    if (!paste.error) return null;
    const { facts, hints } = inspectErrorDetails(paste.error, paste.extras);
    return facts.length || hints.length ? { facts, hints } : null;
  },
};
