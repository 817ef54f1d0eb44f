import type { LabRequest } from "../types.ts";

/** Every value of a header, matched case-insensitively, in arrival order (empty when absent). */
export function getHeaderValues(req: Pick<LabRequest, "headers">, name: string): string[] {
  const wanted = name.toLowerCase();
  return req.headers.filter((h) => h.name.toLowerCase() === wanted).map((h) => h.value);
}
