import { API_GATEWAY_CUSTOM_DOMAIN } from "../frontDoors/apiGateway.ts";
import type { Fault } from "./types.ts";

/** API Gateway: signed for the stage URL (its host, `/prod/items`), sent to the custom domain (`/items`). */
export const signedForStageUrl: Fault = {
  id: "signed-for-stage-url",
  title: "Signed for the stage URL, sent to the custom domain",
  description: "The signer was given the execute-api host and stage path, but the request goes to the API's custom domain, where the path has no stage.",
  frontDoor: "execute-api",
  apply: (s) => ({ ...s, afterSigning: { ...s.afterSigning, host: API_GATEWAY_CUSTOM_DOMAIN, target: "/items" } }),
  expected: {},
};
