import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getSdkOutputs } from "../../../src/sdkOutput/index.ts";
import type { SdkFailure, SdkId, SdkOutput } from "../../../src/sdkOutput/index.ts";

// Hand-written S3 answers (literals, not lab output); each expected line is quoted from a public capture or the SDK's
// source named next to it. The real clients' lines are checked in tests/mock/sdkOutputS3Uploads.test.ts.
const byId = (f: SdkFailure) => Object.fromEntries(getSdkOutputs(f).map((o) => [o.id, o])) as Record<SdkId, SdkOutput>;
const headers: SdkFailure["headers"] = [
  ["x-amz-request-id", "0123456789ABCDEF"],
  ["x-amz-id-2", "HOSTID/abc+def="],
  ["x-amz-bucket-region", "eu-west-1"],
  ["Content-Type", "application/xml"],
  ["Date", "Thu, 15 Jan 2026 12:00:00 GMT"],
];
const head = (status: number): SdkFailure => ({ status, headers, body: "", code: "", message: "", service: "s3", protocol: "restXml", operation: "HeadObject", method: "HEAD" });
const REDIRECT_MESSAGE = "The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.";
const redirect: SdkFailure = {
  status: 301,
  headers,
  // source: https://github.com/skyplane-project/skyplane/issues/216 (raw body), with this bucket's names.
  body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>PermanentRedirect</Code><Message>${REDIRECT_MESSAGE}</Message><Endpoint>my-bucket.s3-eu-west-1.amazonaws.com</Endpoint><Bucket>my-bucket</Bucket><RequestId>0123456789ABCDEF</RequestId><HostId>HOSTID/abc+def=</HostId></Error>`,
  code: "PermanentRedirect",
  message: REDIRECT_MESSAGE,
  service: "s3",
  protocol: "restXml",
  operation: "GetObject",
  method: "GET",
};
const badDigest: SdkFailure = {
  ...redirect,
  status: 400,
  headers: headers.filter(([k]) => k !== "x-amz-bucket-region"),
  body: '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>BadDigest</Code><Message>The Content-MD5 you specified did not match what we received.</Message><RequestId>0123456789ABCDEF</RequestId><HostId>HOSTID/abc+def=</HostId></Error>',
  code: "BadDigest",
  operation: "PutObject",
  method: "PUT",
};

describe("getSdkOutputs for S3's body-less HEAD errors", () => {
  it("prints botocore's status and reason for a 301, 400 and 403 (aws-samples/non-profit-blockchain#3: '(403) when calling the HeadObject operation: Forbidden')", () => {
    assert.equal(byId(head(301)).botocore.text, "An error occurred (301) when calling the HeadObject operation: Moved Permanently");
    assert.equal(byId(head(400)).botocore.text, "An error occurred (400) when calling the HeadObject operation: Bad Request");
    assert.equal(byId(head(403)).botocore.text, "An error occurred (403) when calling the HeadObject operation: Forbidden");
  });
  it("gives Go v2 the code and message of http.StatusText (service/internal/s3shared GetErrorResponseComponents)", () => {
    assert.match(byId(head(301))["go-v2"].text, /, api error MovedPermanently: Moved Permanently$/);
    assert.match(byId(head(403))["go-v2"].text, /, api error Forbidden: Forbidden$/);
    assert.match(byId(head(404))["go-v2"].text, /, NotFound: Not Found$/);
  });
  it("gives .NET's generic message (AWS Tools for PowerShell Get-S3HeadBucket example: 'Error making request with Error Code Forbidden and Http Status Code Forbidden…')", () => {
    assert.equal(byId(head(403)).dotnet.text, "Amazon.S3.AmazonS3Exception: Error making request with Error Code Forbidden and Http Status Code Forbidden. No further error information was returned by the service.");
  });
  it("gives Java v2 a null message (aws/aws-sdk-java-v2#1941: 'S3Exception: null')", () => {
    assert.match(byId(head(403))["java-v2"].text, /^software\.amazon\.awssdk\.services\.s3\.model\.S3Exception: null \(Service: S3, Status Code: 403, /);
  });
  it("names JS v3's error Unknown: UnknownError below 404, with the status in $metadata", () => {
    const js = byId(head(403))["js-v3"];
    assert.equal(js.text, "Unknown: UnknownError");
    assert.deepEqual(js.fields.find(([k]) => k === "$metadata.httpStatusCode"), ["$metadata.httpStatusCode", "403"]);
  });
});

describe("getSdkOutputs for S3's region redirect and BadDigest", () => {
  it("has the AWS CLI append the Endpoint and its region advice to PermanentRedirect (awscli/customizations/s3errormsg.py)", () => {
    const out = byId(redirect);
    assert.equal(out.botocore.text, `An error occurred (PermanentRedirect) when calling the GetObject operation: ${REDIRECT_MESSAGE}`);
    assert.ok(out["aws-cli-v1"].text.startsWith("\nAn error occurred (PermanentRedirect) when calling the GetObject operation: The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint: my-bucket.s3-eu-west-1.amazonaws.com\nYou can fix this issue by explicitly providing the correct region location"));
  });
  it("has botocore and the CLI follow the redirect once and no other SDK by default", () => {
    const retries = Object.fromEntries(getSdkOutputs(redirect).map((o) => [o.id, o.behaviour.retries]));
    assert.deepEqual(retries, { botocore: true, "aws-cli-v1": true, "aws-cli-v2": true, "js-v3": false, "java-v2": false, "go-v2": false, dotnet: false });
    assert.match(byId(redirect).botocore.behaviour.summary, /eu-west-1/);
  });
  it("has botocore's legacy mode retry BadDigest (botocore/data/_retry.json 'contentmd5'), the CLI v2's standard mode not", () => {
    const out = byId(badDigest);
    assert.equal(out.botocore.text, "An error occurred (BadDigest) when calling the PutObject operation (reached max retries: 4): The Content-MD5 you specified did not match what we received.");
    assert.equal(out["aws-cli-v2"].text, "\naws: [ERROR]: An error occurred (BadDigest) when calling the PutObject operation: The Content-MD5 you specified did not match what we received.\n");
    assert.equal(out["js-v3"].behaviour.retries, false);
  });
});
