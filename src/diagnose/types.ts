/** One response row of a guide, as the diagnose page needs it (from the guide's frontmatter). */
export interface GuideIndexResponse {
  code: string;
  message: string;
  status: number;
  protocol: string;
  /** What this exact variant means, in one sentence. */
  meaning: string;
  /** Whether this guide owns `/e/<code>`. */
  shortLink: boolean;
}

/** One cause of a guide, as the diagnose page needs it. */
export interface GuideIndexCause {
  id: string;
  title: string;
  /** The lab faults of the cause's scenario (empty when the lab cannot model it). */
  faults: string[];
  /** What the cause's scenario yields. */
  expect?: { code: string; message: string };
}

export interface GuideIndexEntry {
  /** `security-token-invalid`: the guide lives at `/errors/<slug>/`. */
  slug: string;
  title: string;
  responses: GuideIndexResponse[];
  causes: GuideIndexCause[];
}

/** Everything the diagnosis knows about guides: built from frontmatter at build time, never kept by hand. */
export interface GuideIndex {
  guides: GuideIndexEntry[];
}

/** What the reader pasted, as far as we could tell. */
export type InputKind = "xml-body" | "json-body" | "sdk-error-line" | "message" | "authorization-header" | "presigned-url";

/** An AWS error read out of the pasted text. */
export interface ParsedError {
  /** The code as AWS spells it, when the text carries it. */
  code?: string;
  /** The message exactly as pasted (first line), when the text carries it. */
  message?: string;
  status?: number;
  operation?: string;
  service?: string;
  requestId?: string;
  /** Which shape it came in: `botocore`, `java-v1`, `go-v2`, `json`, `s3-xml`… */
  format: string;
}

/** A link to a guide, and to one of its causes when known. */
export interface GuideLink {
  slug: string;
  title: string;
  /** `/errors/<slug>/` or `/errors/<slug>/#<cause-id>`. */
  href: string;
  causeId?: string;
  causeTitle?: string;
}

/** Something noticed in the pasted text, with the guide (and cause) it points at when the index has one. */
export interface Finding {
  severity: "problem" | "warning" | "info";
  text: string;
  guide?: GuideLink;
}

/**
 * A finding before it is tied to a guide: what the lab would call it (fault ids), or the exact error AWS
 * would answer (code, message), so the guide is looked up from the index rather than named here.
 */
export interface Hint {
  severity: Finding["severity"];
  text: string;
  faults?: string[];
  code?: string;
  message?: string;
  /** Cause ids (any guide's) this hint makes likelier: cause ids are forever, so naming them is safe. */
  causes?: string[];
  /** Cause ids this hint makes unlikely (a plain SDK call is no presigned URL). */
  demote?: string[];
  /** The hint's cause names the guide better than the error's code alone (a wording that means "clock ahead"). */
  leads?: boolean;
}

/** How the guide was found, strongest first. */
export type MatchKind = "code-and-message" | "message" | "code" | "finding";

export interface GuideMatch {
  slug: string;
  title: string;
  href: string;
  matchedBy: MatchKind;
  /** The matched response row's one-sentence meaning. */
  meaning?: string;
  /** The guide's causes the paste supports, ranked by evidence: what it shows first, then what yields this exact error. */
  causes: GuideLink[];
  /** True when nothing in the paste tells the first causes apart (they are then in the guide's own order). */
  undecided?: boolean;
  /** Causes in other guides whose scenario yields the same message (an ID and secret swapped can look like a malformed header). */
  related: GuideLink[];
}

export interface Fact {
  label: string;
  value: string;
}

export interface Diagnosis {
  /** `unusable`: the input cannot be read (see `headline`); `unknown`: readable, but nothing recognised. */
  status: "found" | "partial" | "unknown" | "unusable";
  /** The main kind of input recognised, if any. */
  kind: InputKind | null;
  kinds: InputKind[];
  /** One sentence for the top of the result. */
  headline: string;
  error?: ParsedError;
  guide?: GuideMatch;
  findings: Finding[];
  /** What was read: region, service, key, dates… */
  facts: Fact[];
  /** AWS's canonical request, when the pasted error carries one: offer the diff against the reader's. */
  canonicalRequest?: string;
}
