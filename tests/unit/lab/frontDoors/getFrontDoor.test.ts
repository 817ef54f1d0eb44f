import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { FRONT_DOOR_IDS, getFrontDoor } from "../../../../src/lab/frontDoors/index.ts";
import { frontDoor } from "../../../../src/schemas/guide.ts";

describe("getFrontDoor", () => {
  it("knows exactly the doors the guide schema accepts", () => {
    assert.deepEqual([...FRONT_DOOR_IDS].sort(), [...frontDoor.options].sort());
  });
  it("answers undefined for Object.prototype names and unknown ids", () => {
    for (const id of ["constructor", "__proto__", "toString", "hasOwnProperty", "", "EXECUTE-API"]) assert.equal(getFrontDoor(id), undefined, id);
  });
  it("gives every door's facts at least one https source, and the signing names the captures show", () => {
    const names = Object.fromEntries(FRONT_DOOR_IDS.map((id) => [id, getFrontDoor(id)!.signingName]));
    assert.deepEqual(names, {
      "execute-api": "execute-api",
      "lambda-url": "lambda",
      "cloudfront-oac-lambda": "lambda",
      opensearch: "es",
      "opensearch-serverless": "aoss",
      "bedrock-runtime": "bedrock",
      appsync: "appsync",
      "iot-websocket": "iotdevicegateway",
      "kinesis-video-websocket": "kinesisvideo",
    });
    for (const id of FRONT_DOOR_IDS) {
      for (const fact of getFrontDoor(id)!.facts) assert.ok(fact.sources.length > 0 && fact.sources.every((s) => s.startsWith("https://")), `${id}: ${fact.claim}`);
    }
  });
});
