import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { crc32 } from "node:zlib";
import { renderJson10 } from "../../../../src/lab/render/renderJson10.ts";
import { SERVICES } from "../../../../src/lab/world/services.ts";

const ctx = {
  service: SERVICES.dynamodb!,
  protocol: "awsJson1_0" as const,
  serverNow: new Date("2024-08-05T06:34:17Z"),
  requestId: "RTIJ4Q5MQ6ICP7TBU8OTSA0QNRVV4KQNSO5AEMVJF66Q9ASUAAJG",
  hostId: "unused",
  method: "POST",
};
const expired = {
  outcome: "ExpiredTokenException",
  status: 400,
  message: "The security token included in the request is expired",
  extras: [],
};

describe("renderJson10", () => {
  it("reproduces the 125-byte ExpiredTokenException body of issue guregu/dynamo#68", () => {
    const res = renderJson10(expired, ctx);
    assert.equal(
      res.body,
      '{"__type":"com.amazon.coral.service#ExpiredTokenException","message":"The security token included in the request is expired"}',
    );
    assert.equal(Buffer.byteLength(res.body), 125);
    assert.deepEqual(res.headers.find(([n]) => n === "Content-Length"), ["Content-Length", "125"]);
  });
  it("sends DynamoDB's headers with the CRC32 of the body in decimal", () => {
    const res = renderJson10(expired, ctx);
    assert.deepEqual(res.headers, [
      ["x-amzn-RequestId", "RTIJ4Q5MQ6ICP7TBU8OTSA0QNRVV4KQNSO5AEMVJF66Q9ASUAAJG"],
      ["X-Amz-Crc32", String(crc32(res.body))],
      ["Content-Type", "application/x-amz-json-1.0"],
      ["Content-Length", "125"],
      ["Date", "Mon, 05 Aug 2024 06:34:17 GMT"],
      ["Server", "Server"],
    ]);
    assert.equal(res.status, 400);
    assert.equal(res.statusText, "Bad Request");
  });
  it("keeps a trailing space of a scope message and escapes newlines as JSON", () => {
    const res = renderJson10({ ...expired, outcome: "InvalidSignatureException", message: "a\nb 'c'. " }, ctx);
    assert.equal(res.body, '{"__type":"com.amazon.coral.service#InvalidSignatureException","message":"a\\nb \'c\'. "}');
  });
});
