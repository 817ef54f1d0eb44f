// Where S3 receives a request, per S3's user guide "Request redirection and the REST API" (DNS routing, temporary
// redirects), and the world's dnsPending flag as parseWorld reads it.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { getS3Routing } from "../../../../src/lab/s3/getS3Routing.ts";
import { readdressS3Request } from "../../../../src/lab/s3/readdressS3Request.ts";
import { createDefaultWorld } from "../../../../src/lab/world/defaultWorld.ts";
import { parseWorld } from "../../../../src/lab/world/parseWorld.ts";

const world = createDefaultWorld(new Date("2026-01-01T00:00:00Z"));
const reached = (host: string, path: string, endpointRegion = "us-east-1") => getS3Routing(host, path, endpointRegion, world).reachedRegion;

describe("getS3Routing", () => {
  it("takes a regional name's region from the endpoint", () => {
    assert.equal(reached("sigfix-example-eu.s3.us-east-1.amazonaws.com", "/k"), "us-east-1");
    assert.equal(reached("s3.us-east-1.amazonaws.com", "/sigfix-example-eu/k"), "us-east-1");
  });
  it("sends a virtual-hosted global name to the bucket's region, and a path-style one to us-east-1", () => {
    assert.equal(reached("sigfix-example-eu.s3.amazonaws.com", "/k"), "eu-west-1");
    assert.equal(reached("s3.amazonaws.com", "/sigfix-example-eu/k"), "us-east-1");
  });
  it("keeps a just-created bucket's global name in us-east-1 until DNS catches up, but not its accelerate name", () => {
    assert.equal(reached("sigfix-example-new.s3.amazonaws.com", "/k"), "us-east-1");
    assert.equal(reached("sigfix-example-new.s3-accelerate.amazonaws.com", "/k"), "eu-west-1");
  });
  it("reads the bucket and the key of both styles, dotted names included", () => {
    assert.deepEqual(getS3Routing("s3.eu-west-1.amazonaws.com", "/sigfix-example-eu/a%20b/c", "eu-west-1", world).address,
      { bucket: "sigfix-example-eu", key: "a b/c", style: "path" });
    assert.deepEqual(getS3Routing("my.dotted.bucket.s3.eu-west-1.amazonaws.com", "/a", "eu-west-1", world).address,
      { bucket: "my.dotted.bucket", key: "a", style: "virtual-hosted" });
  });
  it("leaves an unknown bucket where the request landed", () => {
    const r = getS3Routing("nobody.s3.amazonaws.com", "/k", "us-west-2", world);
    assert.equal(r.bucket, undefined);
    assert.equal(r.reachedRegion, "us-west-2");
  });
  it("survives a bucket called __proto__ and a world without buckets", () => {
    assert.equal(getS3Routing("__proto__.s3.amazonaws.com", "/k", "us-east-1", world).bucket, undefined);
    assert.equal(getS3Routing("sigfix-example-eu.s3.amazonaws.com", "/k", "us-east-1", { ...world, buckets: undefined }).reachedRegion, "us-east-1");
  });
});

describe("parseWorld buckets", () => {
  it("reads dnsPending and refuses a non-boolean", () => {
    const ok = parseWorld({ buckets: [{ name: "fresh", region: "ap-south-1", dnsPending: true }] }, new Date(0));
    assert.ok(ok.ok);
    assert.deepEqual(ok.world.buckets?.find((b) => b.name === "fresh"), { name: "fresh", region: "ap-south-1", dnsPending: true });
    const bad = parseWorld({ buckets: [{ name: "fresh", region: "ap-south-1", dnsPending: "yes" }] }, new Date(0));
    assert.equal(bad.ok, false);
  });
  it("keeps the default world's pending bucket", () => {
    assert.deepEqual(world.buckets?.find((b) => b.dnsPending), { name: "sigfix-example-new", region: "eu-west-1", dnsPending: true });
  });
});

describe("readdressS3Request", () => {
  it("changes the method, the path and the Host, keeping the rest", () => {
    assert.equal(readdressS3Request("GET /k HTTP/1.1\r\nhost: a\r\nX: 1\r\n\r\nbody", { method: "HEAD", pathPrefix: "/b", host: "s3.amazonaws.com" }),
      "HEAD /b/k HTTP/1.1\r\nHost: s3.amazonaws.com\r\nX: 1\r\n\r\nbody");
  });
  it("adds a Host when there is none, and never throws on a line without spaces", () => {
    assert.equal(readdressS3Request("GET / HTTP/1.1\r\n\r\n", { host: "h" }), "GET / HTTP/1.1\r\nHost: h\r\n\r\n");
    assert.equal(typeof readdressS3Request("garbage", { host: "h" }), "string");
  });
});
