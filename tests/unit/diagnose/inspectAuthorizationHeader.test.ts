import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { inspectAuthorizationHeader } from "../../../src/diagnose/inspectAuthorizationHeader.ts";

const now = new Date("2015-08-30T12:40:00Z");
const SIG = "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";
const fact = (facts: Array<{ label: string; value: string }>, label: string) => facts.find((f) => f.label === label)?.value;

describe("inspectAuthorizationHeader", () => {
  it("reads the scope of the SigV4 test suite's header: key, date, region, service", () => {
    const r = inspectAuthorizationHeader(`AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=${SIG}`, now)!;
    assert.equal(fact(r.facts, "Region"), "us-east-1");
    assert.equal(fact(r.facts, "Service"), "iam");
    assert.equal(fact(r.facts, "Scope date"), "20150830");
    assert.equal(fact(r.facts, "Signed headers"), "content-type;host;x-amz-date");
    assert.deepEqual(r.hints, []);
  });

  it("flags an ASIA key with no X-Amz-Security-Token beside it", () => {
    const r = inspectAuthorizationHeader(`Authorization: AWS4-HMAC-SHA256 Credential=ASIASIGFIXVALID00001/20150830/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=${SIG}`, now)!;
    assert.deepEqual(r.hints.map((h) => h.faults), [["asia-key-without-token"]]);
  });

  it("flags an AKIA key sent with a session token", () => {
    const text = `Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20150830/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=${SIG}\nX-Amz-Security-Token: FwoGZXIvYXdzEXAMPLE`;
    assert.deepEqual(inspectAuthorizationHeader(text, now)!.hints.map((h) => h.faults), [["stale-session-token"]]);
  });

  it("flags a scope date that is not the X-Amz-Date day, with the message AWS sends", () => {
    const text = `Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150829/us-east-1/iam/aws4_request, SignedHeaders=host;x-amz-date, Signature=${SIG}\nX-Amz-Date: 20150830T000100Z`;
    const hint = inspectAuthorizationHeader(text, new Date("2015-08-30T00:02:00Z"))!.hints[0]!;
    assert.equal(hint.message, "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20150829' != '20150830', from '20150830T000100Z'.");
  });

  it("flags an X-Amz-Date far from now as clock skew, behind or ahead", () => {
    const text = (date: string) => `Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/${date.slice(0, 8)}/us-east-1/iam/aws4_request, SignedHeaders=host;x-amz-date, Signature=${SIG}\nX-Amz-Date: ${date}`;
    assert.deepEqual(inspectAuthorizationHeader(text("20150830T120000Z"), now)!.hints.map((h) => h.faults), [["clock-skew-behind"]]);
    assert.deepEqual(inspectAuthorizationHeader(text("20150830T131000Z"), now)!.hints.map((h) => h.faults), [["clock-skew-ahead"]]);
  });

  it("flags a region that the Host header contradicts", () => {
    const text = `Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date, Signature=${SIG}\nHost: dynamodb.eu-west-1.amazonaws.com`;
    assert.deepEqual(inspectAuthorizationHeader(text, now)!.hints.map((h) => h.faults), [["wrong-region"]]);
  });

  it("flags a space pasted inside the key, as AWS's IncompleteSignature message words it", () => {
    const header = `AWS4-HMAC-SHA256 Credential= AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=host;x-amz-date, Signature=${SIG}`;
    const hint = inspectAuthorizationHeader(header, now)!.hints[0]!;
    assert.equal(hint.message, `'AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request' not a valid key=value pair (missing equal-sign) in Authorization header: '${header}'.`);
    assert.deepEqual(hint.faults, ["whitespace-in-key"]);
  });

  it("flags missing parameters and an unsigned host", () => {
    const r = inspectAuthorizationHeader("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=x-amz-date", now)!;
    assert.deepEqual(r.hints.map((h) => h.message), [
      "Authorization header requires 'Signature' parameter. Authorization=AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=x-amz-date",
      "'Host' must be a 'SignedHeader' in the AWS Authorization.",
    ]);
  });

  it("returns null when there is no Authorization header, even in a presigned URL", () => {
    assert.equal(inspectAuthorizationHeader("https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fs3%2Faws4_request", now), null);
  });
});
