import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { removeQueryParam } from "../../../../src/lab/frontDoors/removeQueryParam.ts";

const req = (target: string) => ({ method: "GET", target, httpVersion: "HTTP/1.1", headers: [], body: new Uint8Array() });

describe("removeQueryParam", () => {
  it("removes every pair with exactly that name and keeps the others in order", () => {
    assert.equal(removeQueryParam(req("/mqtt?a=1&X-Amz-Security-Token=t&b=2&X-Amz-Security-Token=u"), "X-Amz-Security-Token").target, "/mqtt?a=1&b=2");
  });
  it("drops the ? when nothing is left, and leaves a target without a query alone", () => {
    assert.equal(removeQueryParam(req("/mqtt?X-Amz-Security-Token=t"), "X-Amz-Security-Token").target, "/mqtt");
    assert.equal(removeQueryParam(req("/mqtt"), "X-Amz-Security-Token").target, "/mqtt");
  });
  it("matches names case-sensitively and not by prefix", () => {
    assert.equal(removeQueryParam(req("/?x-amz-security-token=t&X-Amz-Security-Tokens=u"), "X-Amz-Security-Token").target, "/?x-amz-security-token=t&X-Amz-Security-Tokens=u");
  });
});
