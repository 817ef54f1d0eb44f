import { bearerTokenSent } from "./bearerTokenSent.ts";
import { contentSha256NotSigned } from "./contentSha256NotSigned.ts";
import { modelIdEncodedOnce } from "./modelIdEncodedOnce.ts";
import { oacWithoutContentSha256 } from "./oacWithoutContentSha256.ts";
import { pathWithoutStage } from "./pathWithoutStage.ts";
import { signedForAoss } from "./signedForAoss.ts";
import { signedForBedrock } from "./signedForBedrock.ts";
import { signedForStageUrl } from "./signedForStageUrl.ts";
import { signedHeaderDropped } from "./signedHeaderDropped.ts";
import { tokenAddedAfterSigning } from "./tokenAddedAfterSigning.ts";
import { tokenSignedIntoUrl } from "./tokenSignedIntoUrl.ts";
import { viewerHostSigned } from "./viewerHostSigned.ts";
import type { Fault } from "./types.ts";

/**
 * Faults that only make sense at one front door (src/lab/frontDoors/), in the doors' order. Kept apart from
 * FAULTS, which every modelled service runs through (tests/conformance/faultMatrix.test.ts).
 */
export const FRONT_DOOR_FAULTS: readonly Fault[] = [
  pathWithoutStage,
  signedForStageUrl,
  viewerHostSigned,
  signedForBedrock,
  bearerTokenSent,
  oacWithoutContentSha256,
  signedForAoss,
  contentSha256NotSigned,
  modelIdEncodedOnce,
  signedHeaderDropped,
  tokenSignedIntoUrl,
  tokenAddedAfterSigning,
];
