import type { Fault } from "./types.ts";

/** IoT: a generic presigner signs X-Amz-Security-Token into the URL, which IoT leaves out of its canonical query. */
export const tokenSignedIntoUrl: Fault = {
  id: "token-signed-into-url",
  title: "Session token signed into the IoT URL",
  description: "The URL was presigned with an SDK's generic presigner, which signs X-Amz-Security-Token; IoT wants it appended after signing.",
  frontDoor: "iot-websocket",
  apply: (s) => ({ ...s, tokenAfterSigning: false }),
  expected: {},
};
