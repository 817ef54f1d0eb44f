/**
 * The lab's shared vocabulary. Every module under src/lab/ speaks these types;
 * nothing here touches the DOM, the network or the clock.
 */

/** One header line as received: name with its original case, value untouched (may hold obs-fold text). */
export interface RawHeader {
  name: string;
  value: string;
}

/** An HTTP/1.1 request exactly as it crosses the wire. */
export interface LabRequest {
  method: string;
  /** The request-target as written on the request line: raw path plus optional `?query`, never re-encoded. */
  target: string;
  httpVersion: string;
  /** In arrival order, repeated names kept. */
  headers: RawHeader[];
  body: Uint8Array;
}

/** The six protocols of AWS's service models. */
export type ModelProtocol = "awsJson1_0" | "awsJson1_1" | "restJson1" | "awsQuery" | "ec2Query" | "restXml";

/** Wire protocols whose error bodies differ. `dynamodbLocal` is DynamoDB Local's own answer. */
export type Protocol = ModelProtocol | "dynamodbLocal";

/**
 * A service of the registry (src/lab/world/registry/): botocore's service name (`dynamodb`, `secretsmanager`,
 * `bedrock-runtime`), or an extra row (`sqs-query`). Check unknown input with `isServiceId`.
 */
export type ServiceId = string;

export type SignMode = "header" | "query";

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** How the client signed; the lab's own canonicaliser replays it to show each step. */
export interface SigningOptions {
  service: string;
  region: string;
  credentials: Credentials;
  /** The client's clock at signing time (server time + client skew). */
  signingDate: Date;
  mode: SignMode;
  /** Presigned URLs only. */
  expiresIn?: number;
  /** false = S3 rules: no dot-segment removal, path encoded once. */
  normalizePath: boolean;
  /** Add and sign `x-amz-content-sha256` (S3 clients do). */
  applyChecksum: boolean;
  /** Sign `UNSIGNED-PAYLOAD` instead of the body hash (S3 presign). */
  unsignedPayload?: boolean;
  /** Put the session token in the request after signing, so it is not signed (older STS style). */
  tokenAfterSigning?: boolean;
}

/** A known identity in the server's world. */
export interface Identity {
  accessKeyId: string;
  secretAccessKey: string;
  /** Temporary credentials carry a token; long-term keys have none. */
  sessionToken?: string;
  kind: "long-term" | "temporary";
  status: "active" | "inactive";
  /** ISO-8601; temporary credentials only. */
  expiresAt?: string;
  issuedAt?: string;
  /** STS token version: 1 = global endpoint (fails in opt-in regions), 2 = regional. */
  tokenVersion?: 1 | 2;
  /** GetSessionToken credentials without MFA cannot call IAM. */
  mfaAuthenticated?: boolean;
  /** Name shown in logs and in GetCallerIdentity. */
  arn?: string;
}

/** What the server knows: who exists, what time it is, which endpoint it is. */
export interface World {
  now: Date;
  identities: Identity[];
  /** Regions that are opt-in (v1 STS tokens fail there). */
  optInRegions: string[];
  /**
   * S3 buckets the server knows, with their regions (issue 12): a request for a bucket in another region than the
   * endpoint's gets S3's redirect or region error. A bucket not listed is answered as if it were in the endpoint's
   * region. Optional so older worlds (`--world` files, share links) still read.
   */
  buckets?: S3Bucket[];
}

/** An S3 bucket of the server's world. */
export interface S3Bucket {
  name: string;
  region: string;
  /**
   * Created minutes ago, outside us-east-1: the global name `bucket.s3.amazonaws.com` still resolves to us-east-1,
   * which answers 307 TemporaryRedirect until DNS catches up (S3 user guide, "Temporary request redirection").
   */
  dnsPending?: boolean;
}

/**
 * What a verified S3 write puts into the bucket (issue 12): PutObject, UploadPart, or a browser POST upload. The
 * bytes are the object's, after any `aws-chunked` framing is removed; the mock endpoint stores them.
 */
export interface S3ObjectWrite {
  operation: "PutObject" | "UploadPart" | "PostObject";
  bucket: string;
  key: string;
  bytes: Uint8Array;
  /** Content-Type, x-amz-meta-*, x-amz-checksum-*… as S3 would store and echo them, lower-case names. */
  headers: Array<[string, string]>;
}

/** The endpoint the request reached: which service and region it expects. */
export interface Endpoint {
  service: ServiceId;
  region: string;
  /** `aws` models AWS's front door; `dynamodb-local` models DynamoDB Local (no signature check). */
  mode: "aws" | "dynamodb-local";
  /** Overrides the service's signing name (the SigV4 suite signs for `service`). Added by H2. */
  signingName?: string;
  /** Overrides the service's path rule: false = S3's path rules without S3's other rules (`--no-normalize`). Added by H2. */
  normalizePath?: boolean;
}

/** Names of the verifier's checks, in the order AWS runs them (see verify/checkOrder.ts). */
export type CheckName =
  | "bucketRegion"
  | "protocol"
  | "authSyntax"
  | "date"
  | "clockSkew"
  | "credentialScope"
  | "accessKey"
  | "sessionToken"
  | "signature"
  | "presignExpiry"
  | "payloadHash"
  | "authorization";

export interface CheckResult {
  check: CheckName;
  passed: boolean;
  /** Plain words: what was checked and what was found. */
  detail: string;
}

/** The pieces a SigV4 computation produces, client or server side. */
export interface SigningTrace {
  canonicalRequest: string;
  stringToSign: string;
  /** kDate, kRegion, kService, kSigning as lowercase hex. */
  signingKeyChain: { kDate: string; kRegion: string; kService: string; kSigning: string };
  signature: string;
  credentialScope: string;
  signedHeaders: string;
}

/** A verdict. `outcome` is "ok" or the error code exactly as AWS spells it. */
export interface Verdict {
  outcome: "ok" | string;
  status: number;
  /** The exact message AWS sends ("" for a success). */
  message: string;
  /** The check that failed, or null when the request passed. */
  failedCheck: CheckName | null;
  /** id of the entry in ../shared/reference/aws-auth-errors.json this rests on. */
  catalogueId: string | null;
  confidence: "confirmed" | "single-source" | "uncertain" | null;
  /** Plain-words explanation: what failed, the fix, and the model followed where sources disagree. */
  explanation: { summary: string; fix: string; model?: string };
  checks: CheckResult[];
  /** The server's own computation, when it got that far. */
  server: Partial<SigningTrace>;
  /** Extra protocol elements (S3's CanonicalRequest, ServerTime, Token-0, HeadersNotSigned, Region…), in AWS's order. */
  extras: Array<[string, string]>;
  /** Extra response headers (x-amz-bucket-region…). */
  extraHeaders?: Array<[string, string]>;
}

/** An HTTP response as it would cross the wire. */
export interface LabResponse {
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  body: string;
}

/** Client-side mistakes and proxies the lab can simulate; see faults/index.ts for the ordered list. */
export type TamperKind = "header" | "body" | "unsigned-header";

/**
 * Everything a lab run needs: the raw unsigned request, how the client is configured, and the server's world.
 * A fault is a function Scenario -> Scenario (plus an optional after-signing step), so scenarios compose.
 */
export interface Scenario {
  /** Raw HTTP/1.1 request text before signing. */
  request: string;
  service: ServiceId;
  /** Region the client signs for. */
  region: string;
  /** Region the endpoint is in (defaults to `region`). */
  endpointRegion?: string;
  /** Service name the client signs for, when it differs from the endpoint's (wrong-service fault). */
  signingService?: string;
  credentials: Credentials;
  /** Client clock minus server clock, in seconds. */
  clockSkewSeconds: number;
  mode: SignMode;
  expiresIn?: number;
  tamper?: TamperKind | null;
  /** Apply S3-style single encoding to a non-S3 service (the path-encoded-once trap). */
  encodePathOnce?: boolean;
  /** Leave a header that S3 requires signed out of SignedHeaders. */
  leaveHeaderUnsigned?: string;
  tokenAfterSigning?: boolean;
  /** Send the request without any signature (no Authorization, no X-Amz-* query). Added by H3. */
  skipSigning?: boolean;
  /** A front door in front of the service (src/lab/frontDoors/): its host, signing name, checks and error format. */
  frontDoor?: string;
  /** Whether the client adds and signs x-amz-content-sha256 (default: what the service or door does). */
  applyChecksum?: boolean;
  /** What happens to the request between the signer and AWS (a custom domain, a proxy): data, so scenarios serialise. */
  afterSigning?: {
    host?: string;
    target?: string;
    dropHeaders?: string[];
    /** issue 12 (s3sig): headers an HTTP client sets after signing (replaced, or added when absent), and the body it sends. */
    setHeaders?: Array<[string, string]>;
    body?: string;
  };
  /**
   * Send the body `aws-chunked` after signing, as the SDKs stream uploads (issue 12): the request declares a
   * STREAMING-… x-amz-content-sha256 and its body is the object's bytes; `tamperChunk` changes a chunk in transit.
   */
  awsChunked?: { chunkSize: number; tamperChunk?: number };
  endpointMode: "aws" | "dynamodb-local";
  /** Server clock, ISO-8601. Comes in explicitly so runs are reproducible. */
  serverNow: string;
}
