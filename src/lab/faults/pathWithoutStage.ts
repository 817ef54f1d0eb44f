import type { Fault } from "./types.ts";

/** API Gateway: the stage left out of a stage-URL path (`/items` instead of `/prod/items`). */
export const pathWithoutStage: Fault = {
  id: "path-without-stage",
  title: "Stage missing from the path",
  description: "The client calls https://<api-id>.execute-api.<region>.amazonaws.com/items, without the stage name.",
  frontDoor: "execute-api",
  apply: (s) => ({ ...s, request: s.request.replace(/^GET \/prod\/items/, "GET /items") }),
  expected: {},
};
