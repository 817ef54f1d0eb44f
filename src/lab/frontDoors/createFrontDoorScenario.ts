import { DEFAULT_CREDENTIALS } from "../scenario/createDefaultScenario.ts";
import type { Scenario } from "../types.ts";
import type { FrontDoor } from "./types.ts";

const REGION = "us-east-1";

/** A front door's sample scenario: the request a correct client sends, signed the door's way, no skew. */
export function createFrontDoorScenario(door: FrontDoor, serverNow: string): Scenario {
  return {
    request: door.sampleRequest(REGION),
    service: door.baseService,
    frontDoor: door.id,
    region: REGION,
    credentials: { ...(door.credentials ?? DEFAULT_CREDENTIALS) },
    clockSkewSeconds: 0,
    mode: door.mode,
    endpointMode: "aws",
    serverNow,
  };
}
