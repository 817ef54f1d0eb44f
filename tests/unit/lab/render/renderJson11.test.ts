import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { renderJson11 } from "../../../../src/lab/render/renderJson11.ts";
import { SERVICES } from "../../../../src/lab/world/services.ts";

describe("renderJson11", () => {
  it("sends a bare __type, a UUID request id and the JSON 1.1 content type", () => {
    const res = renderJson11(
      {
        outcome: "InvalidSignatureException",
        status: 400,
        message: "Credential should be scoped to correct service: 'sagemaker'. ",
        extras: [],
      },
      {
        service: SERVICES.kinesis!,
        protocol: "awsJson1_1" as const,
        serverNow: new Date("2018-09-20T17:50:04Z"),
        requestId: "0b7e1a9c-3f2d-4c6e-9a8b-1d2e3f4a5b6c",
        hostId: "",
        method: "POST",
      },
    );
    // The smithy4s#1568 capture is 112 bytes; this is its body.
    assert.equal(res.body, `{"__type":"InvalidSignatureException","message":"Credential should be scoped to correct service: 'sagemaker'. "}`);
    assert.equal(Buffer.byteLength(res.body), 112);
    assert.deepEqual(res.headers, [
      ["x-amzn-RequestId", "0b7e1a9c-3f2d-4c6e-9a8b-1d2e3f4a5b6c"],
      ["Content-Type", "application/x-amz-json-1.1"],
      ["Content-Length", "112"],
      ["Date", "Thu, 20 Sep 2018 17:50:04 GMT"],
    ]);
  });

  it("answers SQS on JSON 1.0 with the coral namespace, a UUID id and the code repeated in x-amzn-query-error", () => {
    const res = renderJson11(
      { outcome: "InvalidClientTokenId", status: 403, message: "The security token included in the request is invalid.", extras: [] },
      { service: SERVICES.sqs!, protocol: "awsJson1_0", serverNow: new Date("2025-06-16T18:56:43Z"), requestId: "94f65d0f-9493-5ce4-afe3-3dc5ffb80000", hostId: "", method: "POST" },
      { version: "1.0" },
    );
    assert.equal(res.body, '{"__type":"com.amazon.coral.service#InvalidClientTokenId","message":"The security token included in the request is invalid."}');
    assert.deepEqual(res.headers.map(([name]) => name), ["x-amzn-RequestId", "x-amzn-query-error", "Content-Type", "Content-Length", "Date"]);
    assert.deepEqual(res.headers[1], ["x-amzn-query-error", "InvalidClientTokenId;Sender"]);
    assert.deepEqual(res.headers[2], ["Content-Type", "application/x-amz-json-1.0"]);
  });
});
