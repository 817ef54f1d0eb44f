import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { renderEc2Query } from "../../../../src/lab/render/renderEc2Query.ts";
import { SERVICES } from "../../../../src/lab/world/services.ts";

describe("renderEc2Query", () => {
  it("writes the declaration then one Response line with RequestID", () => {
    const res = renderEc2Query(
      { outcome: "AuthFailure", status: 401, message: "AWS was not able to validate the provided access credentials", extras: [] },
      { service: SERVICES.ec2!, protocol: "ec2Query", serverNow: new Date("2024-01-02T03:04:05Z"), requestId: "abc", hostId: "", method: "POST" },
    );
    assert.equal(
      res.body,
      '<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>AuthFailure</Code><Message>AWS was not able to validate the provided access credentials</Message></Error></Errors><RequestID>abc</RequestID></Response>',
    );
    assert.equal(res.status, 401);
    assert.equal(res.statusText, "Unauthorized");
    assert.deepEqual(res.headers.map(([n]) => n), ["Content-Type", "Content-Length", "Date"]);
  });
});
