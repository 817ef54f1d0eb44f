import { inspectAuthorizationHeader } from "../inspectAuthorizationHeader.ts";
import type { Recogniser } from "./types.ts";

/** A SigV4 Authorization header anywhere in the paste (a debug log, a dict, a curl -v line). */
export const recogniseAuthorizationHeader: Recogniser = {
  name: "authorization header",
  recognise(paste) {
    const inspection = inspectAuthorizationHeader(paste.text, paste.usedAt ?? paste.now);
    return inspection ? { kind: "authorization-header", ...inspection } : null;
  },
};
