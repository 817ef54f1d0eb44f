import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { diagnoseText } from "../../../src/diagnose/diagnoseText.ts";
import { loadGuideIndex } from "../../support/loadGuideIndex.ts";

// Pastes from public threads (the source is named in each test); guide and cause as the thread decided them.
const index = loadGuideIndex();
const now = new Date("2026-01-15T12:00:00Z");
const diagnose = (text: string) => diagnoseText(text, { now, guides: index });

describe("diagnoseText: S3 uploads, redirects and body-less errors", () => {
  it("reads botocore's body-less HEAD 301 as the redirect guide's HEAD cause (run-llama/llama-hub/issues/634)", () => {
    const d = diagnose("An error occurred (301) when calling the HeadObject operation: Moved Permanently");
    assert.equal(d.guide?.slug, "s3-permanent-redirect");
    assert.equal(d.guide?.causes[0]?.causeId, "head-request-without-body");
  });

  it("reads a body-less HEAD 400 as a wrong-region AuthorizationHeaderMalformed (boto/botocore/issues/1413)", () => {
    const d = diagnose("fatal error: An error occurred (400) when calling the HeadObject operation: Bad Request");
    assert.equal(d.guide?.slug, "s3-authorization-header-malformed");
    assert.equal(d.guide?.causes[0]?.causeId, "head-request-bad-request");
  });

  it("reads Java v1's status-only 301 (aws/aws-sdk-java/issues/908)", () => {
    const d = diagnose("com.amazonaws.services.s3.model.AmazonS3Exception: Moved Permanently (Service: Amazon S3; Status Code: 301; Error Code: 301 Moved Permanently; Request ID: ****************), S3 Extended Request ID: ***************************");
    assert.equal(d.guide?.slug, "s3-permanent-redirect");
  });

  it("reads Go v2's 'api error MovedPermanently' (github-aws-runners/terraform-aws-github-runner/issues/3654)", () => {
    const d = diagnose("Error: reading Amazon S3 (Simple Storage) Bucket (stage-linux-x64-dist-1nl2mfg4q4m2o9sicfz2bep1): operation error S3: HeadBucket, https response error StatusCode: 301, RequestID: ZTNET13HVHHS6FCK, HostID: z/m5Pgx+No7+t+kinwK1TIwwPYvyAnXqDzAD5vkXX96JlNG7rvE4leVNb2QoK3/HMMNJ6pdOFot8n/yWEHtL6w==, api error MovedPermanently: Moved Permanently");
    assert.equal(d.guide?.slug, "s3-permanent-redirect");
  });

  it("reads botocore's PermanentRedirect with the endpoint appended (red-hat-storage/ocs-ci/issues/4010)", () => {
    const d = diagnose("(PermanentRedirect) when calling the ListObjectsV2 operation: The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint: {BUCKETNAME}.s3.us-east-2.amazonaws.com.");
    assert.equal(d.guide?.slug, "s3-permanent-redirect");
    assert.equal(d.guide?.causes[0]?.causeId, "client-region-not-bucket-region");
  });

  it("reads S3's <Endpoint> naming the bucket's global name as a path-style request (cinely/mule-uploader/issues/42)", () => {
    const d = diagnose("<Error>\n<Code>PermanentRedirect</Code>\n<Message>\nThe bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.\n</Message>\n<Bucket>bucket-name</Bucket>\n<Endpoint>bucket-name.s3.amazonaws.com</Endpoint>\n<RequestId>C2D331A80BF608E3</RequestId>\n<HostId>\nKZ6OJQnvjJeHktLGNuP00LuNDRyz+RjOy7AyAaAsY4O9lEPXDb5yiVRvmhw7k+XUmjzxfcthe1U=\n</HostId>\n</Error>");
    assert.equal(d.guide?.slug, "s3-permanent-redirect");
    assert.equal(d.guide?.causes[0]?.causeId, "path-style-global-endpoint");
  });

  it("reads the Go SDK v1's BucketRegionError as a redirect for the client's region (airbnb/streamalert/issues/469)", () => {
    const d = diagnose("BucketRegionError: incorrect region, the bucket is not in 'ap-southeast-1' region");
    assert.equal(d.guide?.slug, "s3-permanent-redirect");
    assert.equal(d.guide?.causes[0]?.causeId, "client-region-not-bucket-region");
  });

  it("reads a browser refusing S3's redirect on preflight (component/s3/issues/7)", () => {
    const d = diagnose("XMLHttpRequest cannot load https://kaleida-images.s3.amazonaws.com/. The request was redirected to 'https://kaleida-images.s3-us-west-2.amazonaws.com/', which is disallowed for cross-origin requests that require preflight.");
    assert.equal(d.guide?.slug, "s3-permanent-redirect");
    assert.equal(d.guide?.causes[0]?.causeId, "new-bucket-dns-not-propagated");
  });

  it("tells Backblaze's InvalidArgument for a checksum header from S3's other InvalidArguments (diced/zipline/issues/746)", () => {
    const d = diagnose("[2025-03-08T18:13:00 ERROR  datasource::s3] there was an error while putting object name=\"InvalidArgument\" $fault=\"client\" $metadata={\"httpStatusCode\":400,\"requestId\":\"d7ad5463704ef513\",\"extendedRequestId\":\"aYlYxCzYrOfk3s2LGMAM2dmJ/Mks2DDCI\",\"attempts\":1,\"totalRetryDelay\":0} Code=\"InvalidArgument\" message=\"Unsupported header 'x-amz-checksum-crc32' received for this API call.\"");
    assert.equal(d.guide?.slug, "s3-checksum-mismatch");
    assert.equal(d.guide?.causes[0]?.causeId, "s3-compatible-rejects-default-checksums");
  });

  it("reads R2's NotImplemented for a checksum header (f2face/cloudflare-r2/issues/12)", () => {
    const d = diagnose("NotImplemented: Header 'x-amz-checksum-crc32' with value '8FJbTw==");
    assert.equal(d.guide?.slug, "s3-checksum-mismatch");
    assert.equal(d.guide?.causes[0]?.causeId, "s3-compatible-rejects-default-checksums");
  });

  it("reads an S3 POST InvalidArgument from a cut XML body (danialfarid/ng-file-upload/issues/654)", () => {
    const d = diagnose("<Error><Code>InvalidArgument</Code><Message>Bucket POST must contain a field named 'key'.  If it is specified, please check the order of the fields.");
    assert.equal(d.guide?.slug, "s3-post-policy");
    assert.equal(d.guide?.causes[0]?.causeId, "key-field-missing-or-after-file");
  });

  it("reads MinIO's policy-condition wording inside AccessDenied (minio/minio-py/issues/1047)", () => {
    const d = diagnose("<Error><Code>AccessDenied</Code><Message>Access Denied. (Invalid according to Policy: Policy Condition failed)</Message><BucketName>my-bucket</BucketName><Resource>/my-bucket</Resource><RequestId>164FEF9EB956B7A3</RequestId><HostId>129c19c9-4cf6-44ff-9f2d-4cb7611be894</HostId></Error>");
    assert.equal(d.guide?.slug, "s3-post-policy");
  });

  it("reads a code and a policy message on separate lines (waynehoover/s3_direct_upload/issues/54)", () => {
    const d = diagnose("AccessDenied\nInvalid according to Policy: Extra input fields: content-type");
    assert.equal(d.guide?.slug, "s3-post-policy");
    assert.equal(d.guide?.causes[0]?.causeId, "form-field-not-in-policy");
  });

  it("reads the CRC32 of an empty body as a presigned URL made before the body (seaweedfs/seaweedfs/issues/10216)", () => {
    const d = diagnose("s3api_object_handlers_put.go:701 putToFiler: checksum mismatch for X-Amz-Checksum-Crc32: expected AAAAAA==, got HYZs4w==");
    assert.equal(d.guide?.slug, "s3-checksum-mismatch");
    assert.equal(d.guide?.causes[0]?.causeId, "presigned-put-empty-body-crc32");
  });

  it("reads a part checksum of another type than the multipart upload's (romange/helio/pull/152)", () => {
    const d = diagnose("Checksum Type mismatch occurred, expected checksum Type: null, actual checksum Type: crc32");
    assert.equal(d.guide?.slug, "s3-checksum-mismatch");
    assert.equal(d.guide?.causes[0]?.causeId, "part-checksum-without-mpu-algorithm");
  });

  it("reads the older list of x-amz-content-sha256 values (irods/irods_resource_plugin_s3/issues/1833)", () => {
    const d = diagnose("Aug 18 14:05:45 pid:532 ERROR:   S3Status: [ErrorInvalidArgument] - 67\nAug 18 14:05:45 pid:532 ERROR:     S3Host: s3-eu-central-1.amazonaws.com\nAug 18 14:05:45 pid:532 ERROR:   Function: responseCompleteCallback\nAug 18 14:05:45 pid:532 ERROR:   Message: x-amz-content-sha256 must be UNSIGNED-PAYLOAD, STREAMING-AWS4-HMAC-SHA256-PAYLOAD, or a valid sha256 value.\nAug 18 14:05:45 pid:532 ERROR:   Extra Details:\nAug 18 14:05:45 pid:532 ERROR:     ArgumentName: x-amz-content-sha256\nAug 18 14:05:45 pid:532 ERROR:     ArgumentValue: tjnVEQ5UTP/DL91eAGOmew==");
    assert.equal(d.guide?.slug, "s3-content-sha256-mismatch");
    assert.equal(d.guide?.causes[0]?.causeId, "value-not-a-hex-sha256");
  });

  it("reads a key S3 saw percent-encoded in its CanonicalRequest (anomalizer/ngx_aws_auth/issues/87)", () => {
    const d = diagnose("<Code>SignatureDoesNotMatch</Code>\n<Message>\nThe request signature we calculated does not match the signature you provided. Check your key and signing method.\n</Message>\n...\n<CanonicalRequest>\nGET /libstdc%20%20-docs.x86_64.rpm host:XXXXX-test-bucket01.s3.amazonaws.com x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 x-amz-date:20231004T172751Z host;x-amz-content-sha256;x-amz-date e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n</CanonicalRequest>");
    assert.equal(d.guide?.slug, "signature-does-not-match");
    assert.equal(d.guide?.causes[0]?.causeId, "s3-key-special-characters");
  });

  it("reads a client-set Content-Type in a pasted SigV2 StringToSign (aws/aws-sdk-php/issues/282)", () => {
    const d = diagnose("PUT\nJtUx3diApbCp4pI5KQ4F/Q==\napplication/octet-stream; boundary=----------------------------b98b484efce0\nFri, 25 Apr 2014 16:00:40 GMT\nx-amz-acl:public-read\n/myBucket/one.m4a");
    assert.equal(d.guide?.slug, "signature-does-not-match");
    assert.equal(d.guide?.causes[0]?.causeId, "presigned-put-content-type");
  });

  it("reads 'Request is not yet valid' as its own guide, the signer's clock ahead (minio/minio/issues/2638)", () => {
    const d = diagnose("<Error>\n<Code>AccessDenied</Code>\n<Message>Request is not yet valid</Message>\n<X-Amz-Date>1473415775000</X-Amz-Date>\n<Expires>2016-09-12T10:09:35Z</Expires>\n<ServerTime>2016-09-08T10:09:44Z</ServerTime>\n<RequestId>DF5D535F5795B3A0</RequestId>\n</Error>");
    assert.equal(d.guide?.slug, "s3-request-not-yet-valid");
    assert.equal(d.guide?.causes[0]?.causeId, "signer-clock-ahead");
  });

  it("keeps a body-less S3 HEAD 403 on an S3 guide's HEAD cause, not on another service's 'Forbidden' (argoproj/argo-workflows#394)", () => {
    const d = diagnose("ClientError: An error occurred (403) when calling the HeadBucket operation: Forbidden");
    assert.match(d.guide?.slug ?? "", /^s3-/);
    assert.match(d.guide?.causes[0]?.causeId ?? "", /^head-request/);
  });

  it("reads no status-only error where the status is neither a redirect nor an S3 HEAD's", () => {
    const d = diagnose("An error occurred (500) when calling the GetItem operation: Internal Server Error");
    assert.ok(!d.facts.some((f) => f.label === "HTTP status"));
  });
});
