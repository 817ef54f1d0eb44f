import { SERVICES } from "../../lab/index.ts";

/**
 * The choices of the "Service" select, in order. The one place the list is made: when the lab's service registry
 * grows, only this function changes.
 */
export function listServiceOptions(): Array<{ value: string; label: string }> {
  return Object.values(SERVICES).map((spec) => ({ value: spec.id, label: spec.title }));
}
