import type { Protocol, Scenario, ServiceId } from "../types.ts";

/** A client-side mistake or a proxy, as a transformation of a scenario. Faults compose: apply one after another. */
export interface Fault {
  id: string;
  title: string;
  /** What the reader did, in plain words. */
  description: string;
  apply(s: Scenario): Scenario;
  /** The front door (src/lab/frontDoors/) this fault belongs to; such a fault applies only there. */
  frontDoor?: string;
  /** Why the fault makes no sense for a service, or null when it applies. */
  notApplicable?(service: ServiceId): string | null;
  /**
   * The entry of ../shared/reference/aws-auth-errors.json AWS's answer rests on, per protocol, where the
   * catalogue records it. A protocol left out has no recorded answer for this fault.
   */
  expected: Partial<Record<Protocol, string>>;
}
