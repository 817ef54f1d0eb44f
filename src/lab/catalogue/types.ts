import type { ErrorCode } from "./errorCodes.ts";

/**
 * What went wrong, independent of the protocol. `resolveError` turns a kind into the code, status and exact
 * message the service's protocol sends.
 */
export type FailureKind =
  // protocol pre-checks (awsJson, §3.1 steps 1-3)
  | "notJsonPost"
  | "bodyNotJson"
  | "unknownOperation"
  // auth syntax
  | "bothAuthMechanisms"
  | "missingAuthentication"
  | "sigv2QueryAuth"
  | "sigv2QueryIncomplete"
  | "unsupportedAlgorithm"
  | "notKeyValue"
  | "missingAuthParams"
  | "missingQueryParams"
  | "headerComponents"
  | "credentialMalformed"
  | "expiresTooLarge"
  | "expiresInvalid"
  | "missingContentSha256"
  | "hostNotSigned"
  // date and clock
  | "dateFormat"
  | "missingDate"
  | "signatureExpired"
  | "signatureNotYetCurrent"
  // scope, identity, signature
  | "credentialScope"
  | "unknownAccessKey"
  | "invalidSessionToken"
  | "expiredSessionToken"
  | "headersNotSigned"
  | "signatureMismatch"
  | "presignExpired"
  | "payloadHashMismatch"
  | "dynamodbLocalKey"
  // S3 payload integrity (issue 12): aws-chunked framing, trailers, checksums, Content-MD5
  | "incompleteBody"
  | "missingDecodedLength"
  | "invalidChunkSize"
  | "malformedTrailer"
  | "trailerUnsupported"
  | "checksumMultiple"
  | "checksumAlgorithmUnknown"
  | "checksumInvalid"
  | "checksumMismatch"
  | "sdkChecksumAlgorithmInvalid"
  | "sdkChecksumWithoutChecksum"
  | "contentMd5Invalid"
  | "contentMd5Mismatch"
  // issue 12, s3sig: an x-amz-content-sha256 that is neither a hash nor a known literal
  | "contentSha256Invalid"
  // S3 bucket region (issue 12): the request reached another region's S3 than the bucket's; a presign dated ahead
  | "bucketPermanentRedirect"
  | "bucketTemporaryRedirect"
  | "presignNotYetValid";

/** Values a message or an S3 extra element needs; each kind reads the few it uses. */
export interface FailureParams {
  mode?: "header" | "query";
  /** The Authorization header exactly as received. */
  authorization?: string;
  algorithm?: string;
  /** A part of the Authorization header that is not key=value. */
  token?: string;
  /** Missing parameters, in the order AWS lists them. */
  missing?: string[];
  credential?: string;
  /** X-Amz-Date (or Date) as received. */
  requestDate?: string;
  serverNow?: Date;
  windowMinutes?: number;
  /** Credential-scope parts that are wrong (undefined = right). */
  scope?: { region?: string; service?: string; terminator?: string; date?: string };
  expectedRegion?: string;
  expectedService?: string;
  /** yyyyMMdd of the request date, for the scope date sentence. */
  requestShortDate?: string;
  accessKeyId?: string;
  sessionToken?: string;
  headers?: string[];
  canonicalRequest?: string;
  stringToSign?: string;
  signatureProvided?: string;
  expires?: string;
  expiresAt?: Date;
  /** S3 payload integrity (issue 12): the checksum algorithm (CRC32…), and whether it came in a trailer. */
  checksumAlgorithm?: string;
  trailing?: boolean;
  /** IncompleteBody's NumberBytesExpected / NumberBytesProvided (decoded bytes), when S3 counts them. */
  bytesExpected?: number;
  bytesProvided?: number;
  /** InvalidChunkSizeError's Chunk and BadChunkSize. */
  chunkNumber?: number;
  badChunkSize?: number;
  /** Content-MD5 as received; BadDigest's ExpectedDigest (hex of it) and CalculatedDigest (base64 of the body's MD5). */
  contentMd5?: string;
  expectedDigest?: string;
  calculatedDigest?: string;
  /** issue 12, s3sig: x-amz-content-sha256 as received, and the SHA-256 of the body S3 read (hex). */
  contentSha256?: string;
  bodySha256?: string;
  /** S3 redirects (issue 12): the bucket, its region, and the request-target to resend (for the 307's Location). */
  bucket?: string;
  bucketRegion?: string;
  target?: string;
  /** The presign's X-Amz-Date, parsed (S3 echoes it in Unix milliseconds when it is not yet valid). */
  signedAt?: Date;
}

export type Confidence = "confirmed" | "single-source" | "uncertain";

export interface ResolvedError {
  code: ErrorCode;
  status: number;
  /** Exact message text ("" when AWS sends none). */
  message: string;
  catalogueId: string | null;
  confidence: Confidence;
  /** S3 extra elements, in AWS's order. */
  extras: Array<[string, string]>;
  extraHeaders: Array<[string, string]>;
  /** Where the lab had to choose between sources or extrapolate. */
  note?: string;
}
