import { apiGateway } from "./apiGateway.ts";
import { appSync } from "./appSync.ts";
import { bedrockRuntime } from "./bedrockRuntime.ts";
import { cloudFrontOacLambda } from "./cloudFrontOacLambda.ts";
import { iotWebSocket } from "./iotWebSocket.ts";
import { kinesisVideoWebSocket } from "./kinesisVideoWebSocket.ts";
import { lambdaFunctionUrl } from "./lambdaFunctionUrl.ts";
import { openSearch } from "./openSearch.ts";
import { openSearchServerless } from "./openSearchServerless.ts";
import type { FrontDoor, FrontDoorId } from "./types.ts";

export type { DoorFailure, FrontDoor, FrontDoorFact, FrontDoorId } from "./types.ts";
export { answerFrontDoor } from "./answerFrontDoor.ts";
export { createFrontDoorScenario } from "./createFrontDoorScenario.ts";

/** Every front door the lab models, in the order the guides introduce them. */
export const FRONT_DOORS: Readonly<Record<FrontDoorId, FrontDoor>> = {
  "execute-api": apiGateway,
  "lambda-url": lambdaFunctionUrl,
  "cloudfront-oac-lambda": cloudFrontOacLambda,
  opensearch: openSearch,
  "opensearch-serverless": openSearchServerless,
  "bedrock-runtime": bedrockRuntime,
  appsync: appSync,
  "iot-websocket": iotWebSocket,
  "kinesis-video-websocket": kinesisVideoWebSocket,
};

export const FRONT_DOOR_IDS = Object.keys(FRONT_DOORS) as FrontDoorId[];

/** The door with this id, or undefined (never an Object.prototype member). */
export function getFrontDoor(id: string): FrontDoor | undefined {
  return Object.hasOwn(FRONT_DOORS, id) ? FRONT_DOORS[id as FrontDoorId] : undefined;
}
