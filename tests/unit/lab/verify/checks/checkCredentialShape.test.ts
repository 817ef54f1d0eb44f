import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { verifyRequest } from "../../../../../src/lab/verify/verifyRequest.ts";
import { endpoint, header, signed, WORLD, withHeader } from "../signedFixture.ts";

describe("checkCredentialShape", () => {
  it("quotes a credential that does not have 5 parts", async () => {
    const req = await signed("dynamodb");
    const v = verifyRequest(withHeader(req, "Authorization", header(req, "Authorization").replace(/Credential=[^,]+/, "Credential=a/b/c/d")), endpoint("dynamodb"), WORLD);
    assert.deepEqual([v.outcome, v.status, v.failedCheck], ["IncompleteSignatureException", 400, "credentialScope"]);
    assert.equal(v.message, "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got 'a/b/c/d'");
  });

  it("ignores trailing slashes", async () => {
    const req = await signed("dynamodb");
    const v = verifyRequest(withHeader(req, "Authorization", header(req, "Authorization").replace("aws4_request,", "aws4_request//,")), endpoint("dynamodb"), WORLD);
    assert.notEqual(v.outcome, "IncompleteSignatureException");
  });

  it("answers S3 with the mal-formed Credential text (key and secret swapped)", async () => {
    const req = await signed("s3");
    const swapped = header(req, "Authorization").replace("Credential=AKIDEXAMPLE/", "Credential=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY/");
    const v = verifyRequest(withHeader(req, "Authorization", swapped), endpoint("s3"), WORLD);
    assert.deepEqual([v.outcome, v.message], ["AuthorizationHeaderMalformed", "The authorization header is malformed; the Credential is mal-formed; expecting \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\"."]);
  });
});
