import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getCanonicalPath } from "../../../../src/lab/sigv4/getCanonicalPath.ts";

const normalized = (p: string) => getCanonicalPath(p, { normalize: true });
const s3 = (p: string) => getCanonicalPath(p, { normalize: false });

describe("getCanonicalPath", () => {
  it("removes dot segments and collapses slashes when normalizing", () => {
    assert.equal(normalized("/example/.."), "/");
    assert.equal(normalized("/example1/example2/../.."), "/");
    assert.equal(normalized("/./"), "/");
    assert.equal(normalized("//example//"), "/example/");
    assert.equal(normalized("/example/./foo/"), "/example/foo/");
  });
  it("encodes the received path again when normalizing, so %20 becomes %2520", () => {
    assert.equal(normalized("/example%20space/"), "/example%2520space/");
    assert.equal(normalized("/example space/"), "/example%20space/");
    assert.equal(normalized("/example/$delete"), "/example/%24delete");
    assert.equal(normalized("/ሴ"), "/%E1%88%B4");
  });
  it("keeps dot segments and empty segments under S3 rules", () => {
    assert.equal(s3("/example/.."), "/example/..");
    assert.equal(s3("//example//"), "//example//");
    assert.equal(s3("/./"), "/./");
  });
  it("decodes once then encodes once under S3 rules", () => {
    assert.equal(s3("/example%20space/"), "/example%20space/");
    assert.equal(s3("/example space/"), "/example%20space/");
    assert.equal(s3("/test$file.text"), "/test%24file.text");
    assert.equal(s3("/a%2Fb"), "/a%2Fb");
    assert.equal(s3("/a%2525"), "/a%2525");
    assert.equal(s3("/a+b"), "/a%2Bb");
  });
  it("treats an empty path as the root", () => {
    assert.equal(normalized(""), "/");
    assert.equal(s3(""), "/");
  });
});
