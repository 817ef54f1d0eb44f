import type { Credentials, Scenario, ServiceId } from "../lab/index.ts";

/** How the session token is sent: as entered, swapped for the example expired one, garbled, or left out. */
export type TokenState = "valid" | "expired" | "garbled" | "missing";
export const TOKEN_STATES: readonly TokenState[] = ["valid", "expired", "garbled", "missing"];

/** A guide scenario reference: the service's sample request with faults applied in order. */
export interface PresetRef {
  service: ServiceId;
  /** A front door in front of the service (src/lab/frontDoors/); in a v0 link its id takes the service's place. */
  frontDoor?: string;
  faults: string[];
}

/** Everything the playground shows, secrets included: it lives in memory only, never in a link as is. */
export interface PlaygroundState {
  /** The preset the reader started from, if any (links name it so its public values come back by reference). */
  preset: PresetRef | null;
  scenario: Scenario;
  tokenState: TokenState;
}

/** One credential field in a link: a value that is safe to carry, or a reference, or a note that it was left out. */
export type CredentialRef =
  | { value: string }
  | { example: string; field: keyof Credentials }
  | { preset: true }
  | { omitted: true };

/** The link's view of the credentials: no secret key or session token ever appears as a value. */
export interface SharedCredentials {
  accessKeyId: CredentialRef;
  secretAccessKey: CredentialRef;
  sessionToken?: CredentialRef;
}

/** Version 1 of the link payload (`#v1=` + lz-string). Never change its meaning: add v2 instead. */
export interface ShareV1 {
  preset: PresetRef | null;
  scenario: Omit<Scenario, "credentials">;
  credentials: SharedCredentials;
  tokenState: TokenState;
}

/** What a link decodes to: a full payload, or (older `#preset=` links) just a preset to run. */
export type DecodedLink =
  | { ok: true; version: 0; preset: PresetRef }
  | { ok: true; version: 1; payload: ShareV1 }
  | { ok: false; note: string };

/** A documented example identity, as the lab's default world lists it. */
export interface ExampleIdentity {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}
