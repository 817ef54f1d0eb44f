import type { Protocol } from "../types.ts";
import type { ServiceSpec } from "../world/services.ts";

/** What every renderer needs besides the error itself. */
export interface RenderContext {
  service: ServiceSpec;
  /** The protocol answering, when not the service's own (`dynamodbLocal`). */
  protocol?: Protocol;
  /** The server's clock: the `Date` header and S3's times. */
  serverNow: Date;
  /** Already shaped for the protocol (see createRequestId). */
  requestId: string;
  /** S3 only: `x-amz-id-2`. */
  hostId: string;
  /** The request's method: S3 answers HEAD without a body. */
  method: string;
}

/** The protocol-neutral error a renderer turns into bytes (a failed Verdict has these fields). */
export interface ErrorParts {
  outcome: string;
  status: number;
  message: string;
  /** S3 extra elements, in AWS's order. */
  extras: Array<[string, string]>;
  extraHeaders?: Array<[string, string]>;
}
