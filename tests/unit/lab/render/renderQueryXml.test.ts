import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { renderQueryXml } from "../../../../src/lab/render/renderQueryXml.ts";
import { SERVICES } from "../../../../src/lab/world/services.ts";
import { sharedPath } from "../../../support/sharedDir.ts";

const catalogue = JSON.parse(readFileSync(sharedPath("reference", "aws-auth-errors.json"), "utf8")) as {
  entries: Array<{ id: string; bodyExample: string | null }>;
};
const example = (id: string) => catalogue.entries.find((e) => e.id === id)!.bodyExample!;

// The request id printed in the af-south-1 capture (issue aws-azure-login/aws-azure-login#251).
const CAPTURE_ID = "16fc956c-311e-4199-bee1-1680236e9698";
const ctx = (requestId: string) => ({
  service: SERVICES.sts!,
  protocol: "awsQuery" as const,
  serverNow: new Date("2023-03-01T10:00:00Z"),
  requestId,
  hostId: "",
  method: "POST",
});

describe("renderQueryXml", () => {
  it("reproduces the 305-byte af-south-1 STS capture (InvalidClientTokenId, no period)", () => {
    const res = renderQueryXml(
      { outcome: "InvalidClientTokenId", status: 403, message: "The security token included in the request is invalid", extras: [] },
      ctx(CAPTURE_ID),
    );
    assert.equal(res.body, example("query.InvalidClientTokenId.bad-session-token"));
    assert.equal(Buffer.byteLength(res.body), 305);
    assert.deepEqual(res.headers, [
      ["x-amzn-RequestId", CAPTURE_ID],
      ["Content-Type", "text/xml"],
      ["Content-Length", "305"],
      ["Date", "Wed, 01 Mar 2023 10:00:00 GMT"],
    ]);
  });
  it("reproduces the 297-byte MissingAuthenticationToken capture with any 36-character request id", () => {
    const id = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
    const res = renderQueryXml(
      { outcome: "MissingAuthenticationToken", status: 403, message: "Request is missing Authentication Token", extras: [] },
      ctx(id),
    );
    assert.equal(res.body, example("query.MissingAuthenticationToken").replace("{request-uuid}", id));
    assert.equal(Buffer.byteLength(res.body), 297);
    assert.equal(res.statusText, "Forbidden");
  });
  it("uses the service's namespace and escapes the message", () => {
    const res = renderQueryXml(
      { outcome: "SignatureDoesNotMatch", status: 403, message: "GET\n/\na=1&b=<2>", extras: [] },
      { ...ctx(CAPTURE_ID), service: SERVICES.iam },
    );
    assert.match(res.body, /^<ErrorResponse xmlns="https:\/\/iam\.amazonaws\.com\/doc\/2010-05-08\/">\n/);
    assert.match(res.body, /<Message>GET\n\/\na=1&amp;b=&lt;2&gt;<\/Message>/);
  });

  it("writes SQS's query layout: one line after <?xml version=\"1.0\"?>, with <Detail/> after the message", () => {
    const res = renderQueryXml(
      { outcome: "InvalidClientTokenId", status: 403, message: "The security token included in the request is invalid.", extras: [] },
      { ...ctx("247b788a-9deb-59fd-83e1-28d1b77537e4"), service: SERVICES["sqs-query"]! },
    );
    // The raw 2016 body in https://github.com/ex-aws/ex_aws/issues/220, byte for byte.
    assert.equal(
      res.body,
      '<?xml version="1.0"?><ErrorResponse xmlns="http://queue.amazonaws.com/doc/2012-11-05/"><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code><Message>The security token included in the request is invalid.</Message><Detail/></Error><RequestId>247b788a-9deb-59fd-83e1-28d1b77537e4</RequestId></ErrorResponse>',
    );
  });
});
