/**
 * The input constraints of STS AssumeRole and GetSessionToken, copied from STS's service model
 * (botocore 1.43.11, data/sts/2011-06-15/service-2.json: roleSessionNameType, arnType, externalIdType,
 * serialNumberType, tokenCodeType, sourceIdentityType, sessionPolicyDocumentType, the duration types).
 * `allowed` is the model's pattern, a single character class, as a per-character test.
 */
export interface StringRule {
  /** The query parameter (`RoleSessionName`); AWS's message names the member in lower camel case. */
  param: string;
  member: string;
  required: boolean;
  min: number;
  max?: number;
  pattern: string;
  allowed: (codePoint: number) => boolean;
  /** The same test as one anchored, linear RegExp where JavaScript can spell the pattern (fast on 1 MB values). */
  whole?: RegExp;
}

const WORD_PLUS = (extra: string) => (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || extra.includes(String.fromCodePoint(c));

/** arnType's pattern: XML's characters (tab, LF, CR, printable ASCII, NEL, and U+00A0 up, less surrogates and U+FFFE/F). */
const ARN_CHAR = (c: number) =>
  c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c <= 0x7e) || c === 0x85 || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);

const rule = (param: string, required: boolean, min: number, max: number | undefined, pattern: string, allowed: StringRule["allowed"], whole?: RegExp): StringRule => ({
  param,
  member: param[0]!.toLowerCase() + param.slice(1),
  required,
  min,
  ...(max !== undefined ? { max } : {}),
  pattern,
  allowed,
  ...(whole ? { whole } : {}),
});

const SERIAL_NUMBER = rule("SerialNumber", false, 9, 256, "[\\w+=/:,.@-]*", WORD_PLUS("+=/:,.@-"), /^[\w+=/:,.@-]*$/);
const TOKEN_CODE = rule("TokenCode", false, 6, 6, "[\\d]*", (c) => c >= 0x30 && c <= 0x39, /^\d*$/);
const NAME_PATTERN = /^[\w+=,.@-]*$/;

export const STS_STRING_RULES = {
  AssumeRole: [
    rule("RoleArn", true, 20, 2048, "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+", ARN_CHAR),
    rule("RoleSessionName", true, 2, 64, "[\\w+=,.@-]*", WORD_PLUS("+=,.@-"), NAME_PATTERN),
    rule("Policy", false, 1, undefined, "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+", (c) => c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c <= 0xff)),
    rule("ExternalId", false, 2, 1224, "[\\w+=,.@:\\/-]*", WORD_PLUS("+=,.@:/-"), /^[\w+=,.@:/-]*$/),
    SERIAL_NUMBER,
    TOKEN_CODE,
    rule("SourceIdentity", false, 2, 64, "[\\w+=,.@-]*", WORD_PLUS("+=,.@-"), NAME_PATTERN),
  ],
  GetSessionToken: [SERIAL_NUMBER, TOKEN_CODE],
} as const satisfies Record<string, readonly StringRule[]>;

/** DurationSeconds bounds (the model's durationSecondsType; AssumeRole's 12 h is the largest role maximum). */
export const STS_DURATION = {
  GetSessionToken: { min: 900, max: 129_600, fallback: 43_200 },
  AssumeRole: { min: 900, max: 43_200, fallback: 3_600 },
} as const;
