import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { renderRestXml } from "../../../../src/lab/render/renderRestXml.ts";
import { SERVICES } from "../../../../src/lab/world/services.ts";

const ctx = {
  service: SERVICES.s3!,
  protocol: "restXml" as const,
  serverNow: new Date("2025-02-03T04:05:06Z"),
  requestId: "4442587FB7D0A2F9",
  hostId: "HOSTID==",
  method: "GET",
};
const skew = {
  outcome: "RequestTimeTooSkewed",
  status: 403,
  message: "The difference between the request time and the current time is too large.",
  extras: [
    ["RequestTime", "20250203T034006Z"],
    ["ServerTime", "2025-02-03T04:05:06Z"],
    ["MaxAllowedSkewMilliseconds", "900000"],
  ] as Array<[string, string]>,
};

describe("renderRestXml", () => {
  it("writes one line with the extra elements between Message and RequestId", () => {
    const res = renderRestXml(skew, ctx);
    assert.equal(
      res.body,
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>RequestTimeTooSkewed</Code><Message>The difference between the request time and the current time is too large.</Message><RequestTime>20250203T034006Z</RequestTime><ServerTime>2025-02-03T04:05:06Z</ServerTime><MaxAllowedSkewMilliseconds>900000</MaxAllowedSkewMilliseconds><RequestId>4442587FB7D0A2F9</RequestId><HostId>HOSTID==</HostId></Error>',
    );
  });
  it("sends S3's headers, extra headers included", () => {
    const res = renderRestXml({ ...skew, extraHeaders: [["x-amz-bucket-region", "eu-central-1"]] }, ctx);
    assert.deepEqual(res.headers, [
      ["x-amz-request-id", "4442587FB7D0A2F9"],
      ["x-amz-id-2", "HOSTID=="],
      ["x-amz-bucket-region", "eu-central-1"],
      ["Content-Type", "application/xml"],
      ["Content-Length", String(Buffer.byteLength(res.body))],
      ["Date", "Mon, 03 Feb 2025 04:05:06 GMT"],
      ["Server", "AmazonS3"],
    ]);
  });
  it("escapes a canonical request holding & and a newline", () => {
    const res = renderRestXml(
      { ...skew, outcome: "SignatureDoesNotMatch", extras: [["CanonicalRequest", "GET\n/\na=1&b=2"]] },
      ctx,
    );
    assert.match(res.body, /<CanonicalRequest>GET\n\/\na=1&amp;b=2<\/CanonicalRequest>/);
  });
  it("answers HEAD without a body", () => {
    const res = renderRestXml(skew, { ...ctx, method: "HEAD" });
    assert.equal(res.body, "");
    assert.equal(res.status, 403);
    assert.equal(res.headers.some(([n]) => n === "Content-Length"), false);
  });
});
