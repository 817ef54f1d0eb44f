import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { inspectPresignedUrl } from "../../../src/diagnose/inspectPresignedUrl.ts";

// The S3 documentation's presigned-URL example (examplebucket, AKIAIOSFODNN7EXAMPLE, 2013-05-24, 86400 s).
const URL_2013 =
  "https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404";
const fact = (facts: Array<{ label: string; value: string }>, label: string) => facts.find((f) => f.label === label)?.value;

describe("inspectPresignedUrl", () => {
  it("reads key, region, service and expiry, still valid before the end", () => {
    const r = inspectPresignedUrl(URL_2013, new Date("2013-05-24T01:00:00Z"))!;
    assert.equal(fact(r.facts, "Region"), "us-east-1");
    assert.equal(fact(r.facts, "Service"), "s3");
    assert.match(fact(r.facts, "Access key ID")!, /^AKIAIOSFODNN7EXAMPLE \(AKIA/);
    assert.equal(fact(r.facts, "Valid"), "20130524T000000Z to 20130525T000000Z (23 h left by this computer's clock)");
    assert.deepEqual(r.hints, []);
  });

  it("says a URL had expired when it was used, with S3's code and message, judged at the “used at” time", () => {
    const hint = inspectPresignedUrl(URL_2013, new Date("2026-01-15T12:00:00Z"), new Date("2013-05-25T02:30:00Z"))!.hints[0]!;
    assert.equal(hint.text, "When it was used (20130525T023000Z) the URL had expired 2 h 30 min earlier (signed 20130524T000000Z, valid 86400 s). Sign a new one.");
    assert.deepEqual([hint.severity, hint.code, hint.message, hint.faults], ["problem", "AccessDenied", "Request has expired", ["presign-expired"]]);
  });

  it("does not call an old URL expired by today's clock alone: it says so as information and asks for the time it was used", () => {
    const r = inspectPresignedUrl(URL_2013, new Date("2026-01-15T12:00:00Z"))!;
    assert.deepEqual(r.hints.map((h) => [h.severity, h.faults]), [["info", undefined]]);
    assert.match(r.hints[0]!.text, /set “used at”/);
  });

  it("was valid when used at a time inside its window", () => {
    const r = inspectPresignedUrl(URL_2013, new Date("2026-01-15T12:00:00Z"), new Date("2013-05-24T12:00:00Z"))!;
    assert.deepEqual(r.hints, []);
    assert.equal(fact(r.facts, "Valid"), "20130524T000000Z to 20130525T000000Z (12 h left when used)");
  });

  it("flags X-Amz-Expires over a week", () => {
    const r = inspectPresignedUrl(URL_2013.replace("X-Amz-Expires=86400", "X-Amz-Expires=604801"), new Date("2013-05-24T01:00:00Z"))!;
    assert.deepEqual(r.hints.map((h) => h.faults), [["presign-over-a-week"]]);
  });

  it("flags an ASIA key without a token, and warns that a token URL dies with its session", () => {
    const asia = URL_2013.replace("AKIAIOSFODNN7EXAMPLE", "ASIASIGFIXVALID00001");
    const at = new Date("2013-05-24T01:00:00Z");
    assert.deepEqual(inspectPresignedUrl(asia, at)!.hints.map((h) => [h.severity, h.faults]), [["problem", ["asia-key-without-token"]]]);
    const withToken = inspectPresignedUrl(`${asia}&X-Amz-Security-Token=FwoGZXIvYXdzEXAMPLE`, at)!;
    assert.deepEqual(withToken.hints.map((h) => [h.code, h.message]), [["ExpiredToken", "The provided token has expired."]]);
  });

  it("names the missing parameters with S3's message", () => {
    const r = inspectPresignedUrl("https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=ab", new Date("2013-05-24T01:00:00Z"))!;
    assert.equal(r.hints[0]!.text, "The URL has no X-Amz-Algorithm, no X-Amz-Date, no X-Amz-SignedHeaders, no X-Amz-Expires.");
    assert.equal(r.hints[0]!.message, "Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.");
  });

  it("returns null for a URL without SigV4 parameters", () => {
    assert.equal(inspectPresignedUrl("https://example.com/?a=1", new Date(0)), null);
  });
});
