import type { Fact, GuideIndex, Hint, InputKind, ParsedError } from "../types.ts";

/** What every recogniser reads: the paste once normalised, and what the error reader already found in it. */
export interface Paste {
  /** The normalised text (see normalizePaste). */
  text: string;
  /** This computer's clock. */
  now: Date;
  /** When the failing request was made (the ticket's time), if the reader set it. */
  usedAt?: Date;
  /** The AWS error the error reader found, if any. */
  error?: ParsedError;
  /** S3's extra error elements the body carried (RequestTime, ServerTime, AWSAccessKeyId…). */
  extras: Record<string, string>;
  guides: GuideIndex;
}

/** What one recogniser found: facts to show, hints to tie to guides, and perhaps the error itself. */
export interface Recognition {
  kind?: InputKind;
  /** An error the text carries that the error reader missed (another wording, a client-side message). */
  error?: ParsedError;
  facts: Fact[];
  hints: Hint[];
}

/**
 * One thing the diagnosis knows how to read in a paste. Recognisers run in the order of `RECOGNISERS` and never
 * throw; each returns null when the paste holds nothing it knows.
 */
export interface Recogniser {
  name: string;
  recognise(paste: Paste): Recognition | null;
}
