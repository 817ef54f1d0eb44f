import type { RequestIntent } from "../request/parseRequestIntent.ts";
import { isServiceId, SERVICES, type ServiceSpec } from "./services.ts";

/**
 * The protocol a request is answered in. An awsQueryCompatible service (SQS) still takes query requests on the
 * same endpoint and answers them in query XML, so a request with an `Action` and no `X-Amz-Target` gets the
 * service's `-query` row when the registry has one (`sqs` → `sqs-query`).
 */
export function resolveServiceVariant(service: ServiceSpec, intent: RequestIntent): ServiceSpec {
  if (!service.queryCompatible || intent.target !== undefined || intent.action === undefined) return service;
  const variant = `${service.id}-query`;
  return isServiceId(variant) ? SERVICES[variant]! : service;
}
