import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { renderRestJson } from "../../../../src/lab/render/renderRestJson.ts";
import { SERVICES } from "../../../../src/lab/world/services.ts";

describe("renderRestJson", () => {
  it("sends only a message in the body and the code in x-amzn-ErrorType", () => {
    const res = renderRestJson(
      { outcome: "UnrecognizedClientException", status: 403, message: "The security token included in the request is invalid.", extras: [] },
      {
        service: SERVICES.lambda!,
        protocol: "restJson1" as const,
        serverNow: new Date("2024-01-02T03:04:05Z"),
        requestId: "0b7e1a9c-3f2d-4c6e-9a8b-1d2e3f4a5b6c",
        hostId: "",
        method: "GET",
      },
    );
    assert.equal(res.body, '{"message":"The security token included in the request is invalid."}');
    // API Gateway's capture of the same body (issue badslug/Paw-AWSSignature4DynamicValue#5) is 68 bytes.
    assert.equal(Buffer.byteLength(res.body), 68);
    assert.equal(res.status, 403);
    assert.deepEqual(res.headers, [
      ["x-amzn-RequestId", "0b7e1a9c-3f2d-4c6e-9a8b-1d2e3f4a5b6c"],
      ["x-amzn-ErrorType", "UnrecognizedClientException:http://internal.amazon.com/coral/com.amazon.coral.service/"],
      ["Content-Type", "application/json"],
      ["Content-Length", "68"],
      ["Date", "Tue, 02 Jan 2024 03:04:05 GMT"],
    ]);
  });
});
