import type { Fault } from "./types.ts";

/** Kinesis Video signaling: IoT's "append the token after signing" rule copied to a service that signs it. */
export const tokenAddedAfterSigning: Fault = {
  id: "token-added-after-signing",
  title: "Session token appended after signing",
  description: "The signaling URL was signed without X-Amz-Security-Token and the token appended afterwards, as IoT wants; Kinesis Video wants it signed.",
  frontDoor: "kinesis-video-websocket",
  apply: (s) => ({ ...s, tokenAfterSigning: true }),
  expected: {},
};
