import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { applyTransit } from "../../../../src/lab/frontDoors/applyTransit.ts";

const req = {
  method: "GET",
  target: "/prod/items?x=1",
  httpVersion: "HTTP/1.1",
  headers: [{ name: "Host", value: "a.execute-api.us-east-1.amazonaws.com" }, { name: "Accept", value: "*/*" }, { name: "X-Amz-Date", value: "20260115T120000Z" }],
  body: new Uint8Array(),
};

describe("applyTransit", () => {
  it("rewrites the Host and the path, keeping the query", () => {
    const out = applyTransit(req, { host: "api.example.com", target: "/items" });
    assert.equal(out.target, "/items?x=1");
    assert.deepEqual(out.headers[0], { name: "Host", value: "api.example.com" });
  });
  it("drops headers by name, whatever their case, and leaves the rest untouched", () => {
    const out = applyTransit(req, { dropHeaders: ["ACCEPT"] });
    assert.deepEqual(out.headers.map((h) => h.name), ["Host", "X-Amz-Date"]);
    assert.equal(out.target, "/prod/items?x=1");
  });
  it("does not modify its input", () => {
    applyTransit(req, { host: "x", dropHeaders: ["host"] });
    assert.equal(req.headers.length, 3);
  });
});
