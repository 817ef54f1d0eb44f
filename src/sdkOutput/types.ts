import type { Protocol, ServiceId } from "../lab/index.ts";

/**
 * One failed call, as the lab answered it: the HTTP response plus what the lab knows about the request.
 * Build it with `toSdkFailure` from a lab Answer, or by hand.
 */
export interface SdkFailure {
  status: number;
  /** Response headers in wire order, names in any case. */
  headers: ReadonlyArray<readonly [string, string]>;
  body: string;
  /** The lab's verdict code and message, used only when the body carries none (a HEAD response). */
  code: string;
  message: string;
  service: ServiceId;
  protocol: Protocol;
  /** The operation name as the service model spells it (ListTables, GetCallerIdentity…). */
  operation: string;
  /** HTTP method of the request (HEAD answers carry no body). Default "POST". */
  method?: string;
  /** The client's clock minus the server's, seconds: decides what each SDK does on its own. Default 0. */
  clientSkewSeconds?: number;
}

/** The error as a client reads it from the response (each SDK's parser agrees on these for the lab's answers). */
export interface ParsedError {
  code: string;
  message: string;
  /** False when the body had no message element (botocore then says "Unknown" for XML, "" for JSON). */
  hasMessage: boolean;
  requestId: string | null;
  /** S3's x-amz-id-2. */
  hostId: string | null;
  /** The server's clock from the Date header (or S3's ServerTime), epoch ms; null when absent or unreadable. */
  serverTimeMs: number | null;
  /** The answer had no body at all (a HEAD error): each SDK then makes up its own code and message. */
  bodyless: boolean;
  /** S3's <Endpoint> (PermanentRedirect, TemporaryRedirect), which the AWS CLI appends to the message. */
  endpoint: string | null;
  /** S3's x-amz-bucket-region header, which botocore's region redirector reads. */
  bucketRegion: string | null;
  /** S3's <Region> in an error body (AuthorizationHeaderMalformed names the bucket's region there). */
  errorRegion: string | null;
}

export type SdkId = "botocore" | "aws-cli-v1" | "aws-cli-v2" | "js-v3" | "java-v2" | "go-v2" | "dotnet";

/** What an SDK does on its own after this response, before your code sees anything. */
export interface SdkBehaviour {
  /** It moves its clock offset to the server's (from the Date header, or S3's ServerTime). */
  correctsClock: boolean;
  /** It signs again and retries this failure by itself. */
  retries: boolean;
  /** After a correction: the client's new skew (client minus server), seconds; else null. */
  correctedSkewSeconds: number | null;
  /** One sentence for the reader. */
  summary: string;
}

/** Where a format was read, for the code comment and the UI's "source" line. */
export interface SdkSource {
  repo: string;
  path: string;
}

export interface SdkOutput {
  id: SdkId;
  /** "boto3 / botocore", "AWS CLI v2"… */
  title: string;
  /** The language's name for the thrown error (class), or the stream for a CLI. */
  exceptionClass: string;
  /** Exactly what is printed: the exception's string, or a CLI's standard error. */
  text: string;
  /** "stderr" for a CLI (with its exit code), "exception" for an SDK. */
  stream: "stderr" | "exception";
  exitCode: number | null;
  /** Fields a program reads off the error, as that language writes them. */
  fields: Array<[string, string]>;
  behaviour: SdkBehaviour;
  sources: SdkSource[];
  /** Version notes ("AWS CLI before 2.34.0 printed …"). */
  note?: string;
}
