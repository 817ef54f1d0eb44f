import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CHECK_ORDER, getCheckFamily } from "../../../../src/lab/verify/checkOrder.ts";

describe("getCheckFamily", () => {
  it("maps each protocol to the model it follows", () => {
    assert.deepEqual(
      (["awsJson1_0", "awsJson1_1", "restJson1", "awsQuery", "ec2Query"] as const).map((protocol) => getCheckFamily({ protocol, errorFamily: "json" })),
      ["coral-json", "coral-json", "rest-json", "iam-style", "iam-style"],
    );
  });

  it("gives S3 its own order and other REST-XML services (Route 53, CloudFront) the IAM-style one", () => {
    assert.equal(getCheckFamily({ protocol: "restXml", errorFamily: "s3" }), "s3");
    assert.equal(getCheckFamily({ protocol: "restXml", errorFamily: "query" }), "iam-style");
  });
});

describe("CHECK_ORDER", () => {
  it("checks the clock before the key and the key before the signature in every family", () => {
    for (const [family, { steps }] of Object.entries(CHECK_ORDER)) {
      assert.ok(steps.indexOf("clockSkew") < steps.indexOf("accessKey"), family);
      assert.ok(steps.indexOf("accessKey") < steps.indexOf("signature"), family);
    }
  });

  it("puts the session token last for DynamoDB and before the key for IAM-style services", () => {
    assert.equal(CHECK_ORDER["coral-json"].steps.at(-1), "sessionToken");
    const iam = CHECK_ORDER["iam-style"].steps;
    assert.ok(iam.indexOf("sessionToken") < iam.indexOf("accessKey"));
  });
});
