import { asiaKeyWithoutToken } from "./asiaKeyWithoutToken.ts";
import { bodyChangedAfterSigning } from "./bodyChangedAfterSigning.ts";
import { checksumHeaderMismatch } from "./checksumHeaderMismatch.ts";
import { checksumSentTwice } from "./checksumSentTwice.ts";
import { checksumValueHex } from "./checksumValueHex.ts";
import { contentMd5Hex } from "./contentMd5Hex.ts";
import { decodedLengthFramed } from "./decodedLengthFramed.ts";
import { chunkTamperedAfterSigning } from "./chunkTamperedAfterSigning.ts";
import { clockSkewAhead } from "./clockSkewAhead.ts";
import { clockSkewBehind } from "./clockSkewBehind.ts";
import { dynamodbLocalBadKey } from "./dynamodbLocalBadKey.ts";
import { expiredToken } from "./expiredToken.ts";
import { garbledToken } from "./garbledToken.ts";
import { headerChangedAfterSigning } from "./headerChangedAfterSigning.ts";
import { inactiveAccessKey } from "./inactiveAccessKey.ts";
import { keyAndSecretSwapped } from "./keyAndSecretSwapped.ts";
import { pathEncodedOnce } from "./pathEncodedOnce.ts";
import { presignExpired } from "./presignExpired.ts";
import { presignOverAWeek } from "./presignOverAWeek.ts";
import { presignedEmptyBodyCrc32 } from "./presignedEmptyBodyCrc32.ts";
import { staleSessionToken } from "./staleSessionToken.ts";
import { tokenFromOtherCredentials } from "./tokenFromOtherCredentials.ts";
import { truncatedToken } from "./truncatedToken.ts";
import { unknownAccessKey } from "./unknownAccessKey.ts";
import { unsignedRequest } from "./unsignedRequest.ts";
import { unsignedRequiredHeader } from "./unsignedRequiredHeader.ts";
import { whitespaceInKey } from "./whitespaceInKey.ts";
import { wrongRegion } from "./wrongRegion.ts";
import { wrongSecret } from "./wrongSecret.ts";
import { wrongService } from "./wrongService.ts";
import { FRONT_DOOR_FAULTS } from "./frontDoorFaults.ts";
import type { Fault } from "./types.ts";

export type { Fault } from "./types.ts";

/** Every fault the lab simulates, in the order issue 3 lists them (clock, token, key, scope, proxy, S3, presign). */
export const FAULTS: readonly Fault[] = [
  clockSkewBehind,
  clockSkewAhead,
  expiredToken,
  garbledToken,
  truncatedToken,
  tokenFromOtherCredentials,
  asiaKeyWithoutToken,
  staleSessionToken,
  keyAndSecretSwapped,
  whitespaceInKey,
  wrongSecret,
  wrongRegion,
  wrongService,
  headerChangedAfterSigning,
  bodyChangedAfterSigning,
  pathEncodedOnce,
  unsignedRequiredHeader,
  unknownAccessKey,
  inactiveAccessKey,
  presignExpired,
  presignOverAWeek,
  unsignedRequest,
  // S3 payload integrity (issue 12)
  chunkTamperedAfterSigning,
  checksumHeaderMismatch,
  checksumValueHex,
  checksumSentTwice,
  contentMd5Hex,
  decodedLengthFramed,
  presignedEmptyBodyCrc32,
  dynamodbLocalBadKey,
];

export { FRONT_DOOR_FAULTS } from "./frontDoorFaults.ts";

/** The fault with this id (front-door faults included), or undefined. */
export function getFault(id: string): Fault | undefined {
  return FAULTS.find((f) => f.id === id) ?? FRONT_DOOR_FAULTS.find((f) => f.id === id);
}
