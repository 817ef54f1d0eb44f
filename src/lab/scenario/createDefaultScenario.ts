import type { Scenario, ServiceId } from "../types.ts";
import { getServiceSpec } from "../world/services.ts";

const REGION = "us-east-1";

/** A long-term key of the default world (issue 3's table). */
export const DEFAULT_CREDENTIALS = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
} as const;

/**
 * The sample request of a service, built from its registry row: an operation that needs no parameters
 * (`ServiceSpec.sample`), sent the way the protocol sends it. It succeeds when signed right.
 */
export function createSampleRequest(service: ServiceId, region = REGION): string {
  const spec = getServiceSpec(service);
  const host = spec.host(region);
  const operation = spec.sample?.operation ?? "";
  switch (spec.protocol) {
    case "awsJson1_0":
    case "awsJson1_1": {
      const version = spec.protocol === "awsJson1_0" ? "1.0" : "1.1";
      return `POST / HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/x-amz-json-${version}\r\nX-Amz-Target: ${spec.targetPrefix ?? ""}.${operation}\r\n\r\n{}`;
    }
    case "awsQuery":
    case "ec2Query":
      return `POST / HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/x-www-form-urlencoded; charset=utf-8\r\n\r\nAction=${operation}&Version=${spec.apiVersion}`;
    case "restJson1":
    case "restXml": {
      const method = spec.sample?.method ?? "GET";
      const path = spec.sample?.path ?? "/";
      // S3's sample object lives in the lab's one bucket, addressed virtual-hosted style.
      const target = spec.errorFamily === "s3" && path !== "/" ? `sigfix-example.${host}` : host;
      const json = spec.protocol === "restJson1" && method !== "GET" && method !== "HEAD" && method !== "DELETE";
      return json
        ? `${method} ${path} HTTP/1.1\r\nHost: ${target}\r\nContent-Type: application/json\r\n\r\n{}`
        : `${method} ${path} HTTP/1.1\r\nHost: ${target}\r\n\r\n`;
    }
  }
}

/** A ready sample scenario for a service: the default world's AKIDEXAMPLE key, no skew, header signing. */
export function createDefaultScenario(service: ServiceId, serverNow: string): Scenario {
  return {
    request: createSampleRequest(service),
    service,
    region: REGION,
    credentials: { ...DEFAULT_CREDENTIALS },
    clockSkewSeconds: 0,
    mode: "header",
    endpointMode: "aws",
    serverNow,
  };
}
