import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { parseXmlErrorBody } from "../../../src/diagnose/parseXmlErrorBody.ts";

describe("parseXmlErrorBody", () => {
  it("reads S3's RequestTimeTooSkewed body with its extra elements", () => {
    const body =
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>RequestTimeTooSkewed</Code><Message>The difference between the request time and the current time is too large.</Message><RequestTime>20250301T101500Z</RequestTime><ServerTime>2025-03-01T12:00:00Z</ServerTime><MaxAllowedSkewMilliseconds>900000</MaxAllowedSkewMilliseconds><RequestId>4442587FB7D0A2F9</RequestId><HostId>aGVsbG8=</HostId></Error>';
    assert.deepEqual(parseXmlErrorBody(body), {
      error: { format: "s3-xml", code: "RequestTimeTooSkewed", message: "The difference between the request time and the current time is too large.", requestId: "4442587FB7D0A2F9" },
      extras: { RequestTime: "20250301T101500Z", ServerTime: "2025-03-01T12:00:00Z", MaxAllowedSkewMilliseconds: "900000" },
    });
  });

  it("unescapes the canonical request S3 sends back", () => {
    const body = "<Error><Code>SignatureDoesNotMatch</Code><Message>m</Message><CanonicalRequest>GET\n/\na=1&amp;b=2\n</CanonicalRequest></Error>";
    assert.equal(parseXmlErrorBody(body)?.extras.CanonicalRequest, "GET\n/\na=1&b=2\n");
  });

  it("reads EC2's RequestID with a capital D", () => {
    const body = '<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>RequestExpired</Code><Message>Request has expired.</Message></Error></Errors><RequestID>6f0c0b8e-0000-4000-8000-000000000000</RequestID></Response>';
    assert.deepEqual(parseXmlErrorBody(body)?.error, { format: "ec2-xml", code: "RequestExpired", message: "Request has expired.", requestId: "6f0c0b8e-0000-4000-8000-000000000000" });
  });

  it("takes the code from the root element of API Gateway's XML rendering", () => {
    const body = "<MissingAuthenticationTokenException>\n  <Message>Missing Authentication Token</Message>\n</MissingAuthenticationTokenException>";
    assert.deepEqual(parseXmlErrorBody(body)?.error, { format: "xml", code: "MissingAuthenticationTokenException", message: "Missing Authentication Token" });
  });

  it("returns null for XML that is no error", () => {
    assert.equal(parseXmlErrorBody("<ListBucketResult><Name>b</Name></ListBucketResult>"), null);
  });
});
