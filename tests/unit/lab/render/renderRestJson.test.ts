import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { renderRestJson } from "../../../../src/lab/render/renderRestJson.ts";
import { SERVICES } from "../../../../src/lab/world/services.ts";

describe("renderRestJson", () => {
  it("sends only a message in the body and the code in x-amzn-ErrorType, with Coral's suffix as Lex does (deno fixture)", () => {
    const res = renderRestJson(
      { outcome: "UnrecognizedClientException", status: 403, message: "The security token included in the request is invalid.", extras: [] },
      {
        service: SERVICES["lex-runtime"]!,
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

  it("sends Lambda's x-amzn-ErrorType bare, in a 192-byte body for a signature mismatch (erlcloud/erlcloud#690 raw 403)", () => {
    const message =
      "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";
    const res = renderRestJson(
      { outcome: "InvalidSignatureException", status: 403, message, extras: [] },
      { service: SERVICES.lambda!, protocol: "restJson1", serverNow: new Date("2021-03-02T10:35:06Z"), requestId: "95968fc5-d234-4bc6-90d1-106813ed064f", hostId: "", method: "POST" },
    );
    assert.deepEqual(res.headers[1], ["x-amzn-ErrorType", "InvalidSignatureException"]);
    assert.equal(Buffer.byteLength(res.body), 192);
  });
});
