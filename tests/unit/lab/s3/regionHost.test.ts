// Host names from AWS's S3 endpoint list (https://docs.aws.amazon.com/general/latest/gr/s3.html) and the user guide's
// virtual-hosting page; the expected readings are written by hand.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readS3Host } from "../../../../src/lab/s3/readS3Host.ts";
import { findServiceByHost } from "../../../../src/lab/world/findService.ts";

describe("readS3Host", () => {
  const cases: Array<[string, ReturnType<typeof readS3Host>]> = [
    ["s3.amazonaws.com", { bucket: "", routing: "global", dualstack: false, fips: false }],
    ["bucket.s3.amazonaws.com", { bucket: "bucket", routing: "global", dualstack: false, fips: false }],
    ["s3.eu-west-1.amazonaws.com", { bucket: "", region: "eu-west-1", routing: "regional", dualstack: false, fips: false }],
    ["my.dotted.bucket.s3.eu-west-1.amazonaws.com", { bucket: "my.dotted.bucket", region: "eu-west-1", routing: "regional", dualstack: false, fips: false }],
    ["bucket.s3-us-west-2.amazonaws.com", { bucket: "bucket", region: "us-west-2", routing: "regional", dualstack: false, fips: false }],
    ["s3-external-1.amazonaws.com", { bucket: "", region: "us-east-1", routing: "regional", dualstack: false, fips: false }],
    ["bucket.s3.dualstack.ap-south-1.amazonaws.com", { bucket: "bucket", region: "ap-south-1", routing: "regional", dualstack: true, fips: false }],
    ["s3-fips.us-gov-west-1.amazonaws.com", { bucket: "", region: "us-gov-west-1", routing: "regional", dualstack: false, fips: true }],
    ["s3-fips.dualstack.us-east-2.amazonaws.com", { bucket: "", region: "us-east-2", routing: "regional", dualstack: true, fips: true }],
    ["s3-fips-us-gov-west-1.amazonaws.com", { bucket: "", region: "us-gov-west-1", routing: "regional", dualstack: false, fips: true }],
    ["bucket.s3-accelerate.amazonaws.com", { bucket: "bucket", routing: "accelerate", dualstack: false, fips: false }],
    ["bucket.s3-accelerate.dualstack.amazonaws.com", { bucket: "bucket", routing: "accelerate", dualstack: true, fips: false }],
    ["bucket.s3.cn-north-1.amazonaws.com.cn", { bucket: "bucket", region: "cn-north-1", routing: "regional", dualstack: false, fips: false }],
    // s3-assets is a bucket here, not a legacy region label
    ["s3-assets.s3.us-east-1.amazonaws.com", { bucket: "s3-assets", region: "us-east-1", routing: "regional", dualstack: false, fips: false }],
  ];
  for (const [host, expected] of cases) {
    it(`reads ${host}`, () => assert.deepEqual(readS3Host(host), expected));
  }
  it("gives undefined for hosts that are not S3's REST names", () => {
    for (const host of ["bucket.localhost", "127.0.0.1", "sts.amazonaws.com", "name-123456789012.s3-accesspoint.us-east-1.amazonaws.com",
      "s3-website-us-east-1.amazonaws.com", "bucket.s3-accelerate.us-east-1.amazonaws.com", "s3.example.com", "", "__proto__.amazonaws.com"]) {
      assert.equal(readS3Host(host), undefined, host);
    }
  });
  it("reads a 100 000-label host in linear time without throwing", () => {
    assert.equal(readS3Host(`${"a.".repeat(100_000)}s3.amazonaws.com`)?.routing, "global");
  });
});

describe("findServiceByHost (S3 hosts)", () => {
  const s3 = (host: string) => {
    const found = findServiceByHost(host);
    return [found.service?.id, found.region];
  };
  it("names S3 and no region for Transfer Acceleration, which used to read as region 'accelerate'", () => {
    assert.deepEqual(s3("bucket.s3-accelerate.amazonaws.com"), ["s3", undefined]);
    assert.deepEqual(s3("bucket.s3-accelerate.dualstack.amazonaws.com"), ["s3", undefined]);
  });
  it("names S3 for dualstack and FIPS hosts, with their region", () => {
    assert.deepEqual(s3("s3.dualstack.eu-west-1.amazonaws.com"), ["s3", "eu-west-1"]);
    assert.deepEqual(s3("bucket.s3.dualstack.eu-west-1.amazonaws.com"), ["s3", "eu-west-1"]);
    assert.deepEqual(s3("s3-fips.dualstack.us-east-2.amazonaws.com"), ["s3", "us-east-2"]);
    assert.deepEqual(s3("s3-fips-us-gov-west-1.amazonaws.com"), ["s3", "us-gov-west-1"]);
  });
  it("reads s3-external-1 as us-east-1 and the legacy dash names by their region", () => {
    assert.deepEqual(s3("s3-external-1.amazonaws.com"), ["s3", "us-east-1"]);
    assert.deepEqual(s3("bucket.s3-eu-west-1.amazonaws.com"), ["s3", "eu-west-1"]);
  });
  it("keeps the global names region-less", () => {
    assert.deepEqual(s3("s3.amazonaws.com"), ["s3", undefined]);
    assert.deepEqual(s3("my.bucket.s3.amazonaws.com"), ["s3", undefined]);
  });
  it("still reads access points and other services as before", () => {
    assert.deepEqual(s3("name-123456789012.s3-accesspoint.us-east-1.amazonaws.com"), ["s3", "us-east-1"]);
    assert.deepEqual(s3("sts.eu-west-1.amazonaws.com"), ["sts", "eu-west-1"]);
    assert.deepEqual(s3("s3-website-us-east-1.amazonaws.com"), ["s3", undefined]);
  });
});
