import type { Confidence } from "../catalogue/types.ts";
import type { CheckName, Credentials, LabRequest, LabResponse, ServiceId, SignMode, Verdict } from "../types.ts";

/**
 * The front doors: endpoints whose SigV4 check or error body differs from the AWS service behind them
 * (issue 10, item 4). Each door is data plus two small hooks, with the public sources for every claim.
 */
export type FrontDoorId =
  | "execute-api"
  | "lambda-url"
  | "cloudfront-oac-lambda"
  | "opensearch"
  | "opensearch-serverless"
  | "bedrock-runtime"
  | "appsync"
  | "iot-websocket"
  | "kinesis-video-websocket";

/** One documented difference, with the public sources that show it. */
export interface FrontDoorFact {
  claim: string;
  sources: string[];
  confidence: Confidence;
}

/** A failure the door itself answers before (or instead of) the shared SigV4 checks. */
export interface DoorFailure {
  code: string;
  status: number;
  message: string;
  check: CheckName;
  catalogueId: string | null;
  confidence: Confidence;
  summary: string;
  fix: string;
}

/** What a door's renderer needs besides the verdict. */
export interface DoorRenderContext {
  requestId: string;
  serverNow: Date;
}

export interface FrontDoor {
  id: FrontDoorId;
  title: string;
  /** The service name in the credential scope (often not the host's prefix). */
  signingName: string;
  /**
   * The modelled service whose check order, skew window and error family the door shares; the door's
   * differences are layered on top by `answerFrontDoor`.
   */
  baseService: ServiceId;
  /** The request a correct client sends, unsigned, as raw HTTP/1.1 (the lab signs it). */
  sampleRequest: (region: string) => string;
  mode: SignMode;
  /** The credentials the sample is signed with (default: the default world's long-term key). */
  credentials?: Credentials;
  /** A correct client adds and signs x-amz-content-sha256. */
  signsContentSha256: boolean;
  /** A correct client adds X-Amz-Security-Token after computing the signature (IoT's rule). */
  tokenAfterSigning: boolean;
  /** The server leaves X-Amz-Security-Token out of the canonical query (so a signed token breaks the signature). */
  tokenOutsideSignature: boolean;
  /** The signature-mismatch message carries the canonical request and string to sign. */
  signatureDetail: boolean;
  /** Checks the door makes before the shared SigV4 checks (routing, required signed headers…). */
  precheck?: (req: LabRequest) => DoorFailure | null;
  /** The door's own wording for a shared verdict (returns the verdict unchanged when it has none). */
  reword?: (verdict: Verdict) => Verdict;
  /** The exact error response, in the door's own format. */
  renderError: (verdict: Verdict, ctx: DoorRenderContext) => LabResponse;
  /** What the door does differently, in one sentence, for the verdict's `explanation.model`. */
  modelNote: string;
  facts: FrontDoorFact[];
}
