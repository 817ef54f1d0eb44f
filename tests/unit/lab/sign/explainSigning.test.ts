import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { explainSigning } from "../../../../src/lab/sign/explainSigning.ts";
import { parseRequest } from "../../../support/parseRequest.ts";
import { SUITE_SIGNING_OPTIONS } from "../../../support/suiteSigningOptions.ts";

const opts = SUITE_SIGNING_OPTIONS;
const parse = parseRequest;

describe("explainSigning", () => {
  it("replays every step of aws-c-auth get-vanilla from its signed request", () => {
    const signed = parse(
      "GET / HTTP/1.1\nHost:example.amazonaws.com\nX-Amz-Date:20150830T123600Z\nAuthorization:AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31\n\n",
    );
    const trace = explainSigning(signed, opts);
    assert.equal(trace.canonicalRequest, "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assert.equal(trace.stringToSign, "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\nbb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63");
    assert.equal(trace.signature, "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    assert.equal(trace.credentialScope, "20150830/us-east-1/service/aws4_request");
    assert.equal(trace.signedHeaders, "host;x-amz-date");
    assert.equal(trace.signingKeyChain.kSigning.length, 64);
  });
  it("reads SignedHeaders from the query in query mode and leaves out X-Amz-Signature", () => {
    const signed = parse(
      "GET /?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-SignedHeaders=host&X-Amz-Expires=3600&X-Amz-Signature=e93c787ed7f371d5c6b165c1b38ede9550f4dce4144713e844b25b7192d3865d HTTP/1.1\nHost:example.amazonaws.com\n\n",
    );
    const trace = explainSigning(signed, { ...opts, mode: "query" });
    assert.equal(trace.signature, "e93c787ed7f371d5c6b165c1b38ede9550f4dce4144713e844b25b7192d3865d");
    assert.equal(trace.signedHeaders, "host");
  });
  it("signs UNSIGNED-PAYLOAD when the client did, as in the S3 presigned-URL example", () => {
    const signed = parse(
      "GET /test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404 HTTP/1.1\nHost: examplebucket.s3.amazonaws.com\n\n",
    );
    const trace = explainSigning(signed, {
      ...opts,
      service: "s3",
      credentials: { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" },
      signingDate: new Date("2013-05-24T00:00:00Z"),
      mode: "query",
      normalizePath: false,
      unsignedPayload: true,
    });
    assert.ok(trace.canonicalRequest.endsWith("\nUNSIGNED-PAYLOAD"));
    assert.equal(trace.signature, "aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404");
  });
});
