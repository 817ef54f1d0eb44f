import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { verifyRequest } from "../../../../../src/lab/verify/verifyRequest.ts";
import { endpoint, header, signed, WORLD, withHeader } from "../signedFixture.ts";

describe("checkCredentialScope", () => {
  it("names the wrong region, ending with a period and a space", async () => {
    const v = verifyRequest(await signed("sts", { region: "us-west-2" }), endpoint("sts"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message], ["SignatureDoesNotMatch", 403, "Credential should be scoped to a valid region, not 'us-west-2'. "]);
    assert.equal(v.catalogueId, "scope.wrong-region");
  });

  it("names the service the endpoint expects, not the one sent", async () => {
    const v = verifyRequest(await signed("dynamodb", { signingService: "dynamo" }), endpoint("dynamodb"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message], ["InvalidSignatureException", 400, "Credential should be scoped to correct service: 'dynamodb'. "]);
  });

  it("joins every wrong part in the order region, service, terminator, date", async () => {
    const req = await signed("dynamodb");
    const v = verifyRequest(withHeader(req, "Authorization", header(req, "Authorization").replace(/Credential=[^,]+/, "Credential=AKIDEXAMPLE/b/c/d/e")), endpoint("dynamodb"), WORLD);
    assert.equal(v.message, "Credential should be scoped to a valid region, not 'c'. Credential should be scoped to correct service: 'dynamodb'. Credential should be scoped with a valid terminator: 'aws4_request', not 'e'. Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: 'b' != '20260115', from '20260115T120000Z'.");
  });

  it("answers S3's wrong region with AuthorizationHeaderMalformed, the Region element and x-amz-bucket-region", async () => {
    const v = verifyRequest(await signed("s3", { region: "us-west-2" }), endpoint("s3"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.message], ["AuthorizationHeaderMalformed", 400, "The authorization header is malformed; the region 'us-west-2' is wrong; expecting 'us-east-1'"]);
    assert.deepEqual(v.extras, [["Region", "us-east-1"]]);
    assert.deepEqual(v.extraHeaders, [["x-amz-bucket-region", "us-east-1"]]);
  });

  it("uses the endpoint's signing-name override (the SigV4 suite signs for `service`)", async () => {
    const v = verifyRequest(await signed("sts", { signingService: "service" }), endpoint("sts", { signingName: "service" }), WORLD);
    assert.equal(v.outcome, "ok");
  });
});
