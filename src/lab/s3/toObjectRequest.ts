import type { Scenario } from "../types.ts";

/**
 * The scenario turned into a request for one object of the default world's bucket, virtual-hosted, with the path as
 * it goes on the wire (`wirePath`, already percent-encoded) and optional extra header lines. Not a fault: the key
 * and metadata faults start here.
 */
export function toObjectRequest(s: Scenario, method: "GET" | "PUT", wirePath: string, headers: string[] = [], body = ""): Scenario {
  const host = `sigfix-example.s3.${s.region}.amazonaws.com`;
  const extra = headers.map((h) => `${h}\r\n`).join("");
  return { ...s, request: `${method} ${wirePath} HTTP/1.1\r\nHost: ${host}\r\n${extra}\r\n${body}` };
}
