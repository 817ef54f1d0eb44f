import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { diffCanonicalRequests } from "../../../../src/lab/diff/diffCanonicalRequests.ts";
import { sharedPath } from "../../../support/sharedDir.ts";

const suite = (...p: string[]) => readFileSync(sharedPath("conformance", "sigv4", "aws4_testsuite", ...p), "utf8");
const SPACE = suite("normalize-path", "get-space", "get-space.creq");
const ORDER = suite("get-vanilla-query-order-key", "get-vanilla-query-order-key.creq");

describe("diffCanonicalRequests", () => {
  it("finds no difference between a canonical request and itself pasted with CRLF", () => {
    const diff = diffCanonicalRequests(SPACE, SPACE.replace(/\n/g, "\r\n"));
    assert.equal(diff.same, true);
    assert.deepEqual(diff.differences, []);
    assert.deepEqual(diff.lines.map((l) => l.part), ["method", "path", "query", "header", "header", "separator", "signedHeaders", "payloadHash"]);
  });
  it("names a path encoded twice and shows the characters that differ", () => {
    const diff = diffCanonicalRequests(SPACE, SPACE.replace("/example%20space/", "/example%2520space/"));
    assert.deepEqual(diff.differences, ["path"]);
    const path = diff.lines.find((l) => l.part === "path")!;
    assert.deepEqual(path.chars, { prefix: "/example%2", ours: "", theirs: "52", suffix: "0space/" });
    assert.match(path.note!, /Encoded twice on their side/);
  });
  it("names a query in another order", () => {
    const diff = diffCanonicalRequests(ORDER, ORDER.replace("Param1=Value1&Param1=value2", "Param1=value2&Param1=Value1"));
    assert.deepEqual(diff.differences, ["query"]);
    assert.match(diff.lines[2]!.note!, /another order/);
  });
  it("names a header by its name when its value differs", () => {
    const diff = diffCanonicalRequests(SPACE, SPACE.replace("x-amz-date:20150830T123600Z", "x-amz-date:20150830T123700Z"));
    assert.deepEqual(diff.differences, ["header x-amz-date"]);
  });
  it("names a header signed on one side only, the signed headers line and the payload hash", () => {
    const theirs = SPACE.replace("x-amz-date:20150830T123600Z\n", "x-amz-date:20150830T123600Z\nx-amz-security-token:tok\n")
      .replace("host;x-amz-date", "host;x-amz-date;x-amz-security-token")
      .replace(/e3b0[0-9a-f]+$/, "UNSIGNED-PAYLOAD");
    const diff = diffCanonicalRequests(SPACE, theirs);
    assert.deepEqual(diff.differences, ["header x-amz-security-token", "signed headers", "payload hash"]);
    assert.equal(diff.lines.find((l) => l.header === "x-amz-security-token")!.status, "onlyTheirs");
  });
  it("names the method", () => {
    const diff = diffCanonicalRequests(SPACE, SPACE.replace(/^GET/, "POST"));
    assert.deepEqual(diff.differences, ["method"]);
  });
  it("compares with a canonical request pasted from an S3 error body", () => {
    const body = `<Error><CanonicalRequest>${ORDER.replace(/&/g, "&amp;")}</CanonicalRequest></Error>`;
    assert.equal(diffCanonicalRequests(ORDER, body).same, true);
  });
  it("falls back to a line diff when a side is not a canonical request", () => {
    const diff = diffCanonicalRequests("a\nb", "a\nc");
    assert.deepEqual(diff.differences, ["line: b"]);
    assert.deepEqual(diff.lines[1]!.chars, { prefix: "", ours: "b", theirs: "c", suffix: "" });
  });
});
