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
import { bucketInOtherRegion } from "./bucketInOtherRegion.ts";
import { globalEndpointForRegionalBucket } from "./globalEndpointForRegionalBucket.ts";
import { newBucketGlobalName } from "./newBucketGlobalName.ts";
import { presignWithoutBucketRegion } from "./presignWithoutBucketRegion.ts";
import { presignBeforeItsDate } from "./presignBeforeItsDate.ts";
import { headRequest } from "./headRequest.ts";
import { globalNameDefaultRegion } from "./globalNameDefaultRegion.ts";
import { FRONT_DOOR_FAULTS } from "./frontDoorFaults.ts";
// issue 12 (s3sig): presigned-upload Content-Type, object keys, metadata
import { contentTypeChangedFormData } from "./contentTypeChangedFormData.ts";
import { axiosDefaultContentType } from "./axiosDefaultContentType.ts";
import { contentTypeCharsetAppended } from "./contentTypeCharsetAppended.ts";
import { contentTypeSignedNotSent } from "./contentTypeSignedNotSent.ts";
import { keyEncodedTwice } from "./keyEncodedTwice.ts";
import { plusForSpaceInKey } from "./plusForSpaceInKey.ts";
import { slashesCollapsedAfterSigning } from "./slashesCollapsedAfterSigning.ts";
import { nonAsciiMetadata } from "./nonAsciiMetadata.ts";
import { emptyBodyHashSigned } from "./emptyBodyHashSigned.ts";
import { contentSha256Base64 } from "./contentSha256Base64.ts";
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
  // S3 bucket region and presign date (issue 12)
  bucketInOtherRegion,
  globalNameDefaultRegion,
  globalEndpointForRegionalBucket,
  newBucketGlobalName,
  presignWithoutBucketRegion,
  presignBeforeItsDate,
  headRequest,
  unsignedRequest,
  // S3 payload integrity (issue 12)
  chunkTamperedAfterSigning,
  checksumHeaderMismatch,
  checksumValueHex,
  checksumSentTwice,
  contentMd5Hex,
  decodedLengthFramed,
  presignedEmptyBodyCrc32,
  // issue 12 (s3sig)
  contentTypeChangedFormData,
  axiosDefaultContentType,
  contentTypeCharsetAppended,
  contentTypeSignedNotSent,
  keyEncodedTwice,
  plusForSpaceInKey,
  slashesCollapsedAfterSigning,
  nonAsciiMetadata,
  emptyBodyHashSigned,
  contentSha256Base64,
  dynamodbLocalBadKey,
];

export { FRONT_DOOR_FAULTS } from "./frontDoorFaults.ts";

/** The fault with this id (front-door faults included), or undefined. */
export function getFault(id: string): Fault | undefined {
  return FAULTS.find((f) => f.id === id) ?? FRONT_DOOR_FAULTS.find((f) => f.id === id);
}
