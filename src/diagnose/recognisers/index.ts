import { recogniseAuthorizationHeader } from "./recogniseAuthorizationHeader.ts";
import { recogniseEmptyBodyChecksum } from "./recogniseEmptyBodyChecksum.ts";
import { recogniseErrorDetails } from "./recogniseErrorDetails.ts";
import { recognisePasteSignals } from "./recognisePasteSignals.ts";
import { recognisePresignedUrl } from "./recognisePresignedUrl.ts";
import { recogniseRedirectEndpoint } from "./recogniseRedirectEndpoint.ts";
import { recogniseSignedEcho } from "./recogniseSignedEcho.ts";
import { recogniseStatusOnlyError } from "./recogniseStatusOnlyError.ts";
import { recogniseWording } from "./recogniseWording.ts";
import type { Recogniser } from "./types.ts";

export type { Paste, Recogniser, Recognition } from "./types.ts";

/**
 * Everything the diagnosis reads beyond the AWS error itself, in order. To teach it a new kind of paste, add one
 * file here (a `Recogniser`) and list it: nothing else changes.
 */
export const RECOGNISERS: Recogniser[] = [recogniseWording, recogniseErrorDetails, recognisePresignedUrl, recogniseAuthorizationHeader, recognisePasteSignals, recogniseStatusOnlyError, recogniseSignedEcho, recogniseEmptyBodyChecksum, recogniseRedirectEndpoint];
