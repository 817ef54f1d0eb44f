// What each client sends, checked against a real client where one runs here: Node's fetch (undici, the Fetch
// standard's body rules) for Blob, string and FormData bodies.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { buildMultipartBody, DEFAULT_PUT, PUT_CLIENTS, presignPut } from "../../../src/uploadWorkbench/index.ts";
import { buildPutSend } from "../../../src/uploadWorkbench/buildPutSend.ts";

const URL_ = "https://sigfix-example.s3.us-east-1.amazonaws.com/uploads/photo.png";
const typeOf = (body: BodyInit) => new Request(URL_, { method: "PUT", body }).headers.get("content-type");

describe("PUT_CLIENTS", () => {
  it("fetch with a Blob sends the Blob's type, and no Content-Type for an untyped Blob, as undici does", () => {
    assert.equal(typeOf(new Blob(["x"], { type: "image/png" })), "image/png");
    assert.equal(PUT_CLIENTS["fetch-blob"].contentType("image/png"), "image/png");
    assert.equal(typeOf(new Blob(["x"])), null);
    assert.equal(PUT_CLIENTS["fetch-blob"].contentType(""), null);
  });

  it("fetch with a string sends text/plain;charset=UTF-8, as undici does", () => {
    assert.equal(typeOf("hello"), "text/plain;charset=UTF-8");
    assert.equal(PUT_CLIENTS["fetch-string"].contentType("text/plain"), "text/plain;charset=UTF-8");
  });

  it("fetch with a FormData sends multipart/form-data with its boundary, as undici does", () => {
    const form = new FormData();
    form.append("file", new Blob(["x"], { type: "image/png" }), "photo.png");
    const real = typeOf(form)!;
    const boundary = real.slice(real.indexOf("boundary=") + 9);
    assert.match(real, /^multipart\/form-data; boundary=/);
    const ours = PUT_CLIENTS["fetch-formdata"].contentType("image/png")!;
    assert.equal(ours.replace(/boundary=.*$/, `boundary=${boundary}`), real);
  });

  it("OkHttp appends ; charset=utf-8 to a String body's type; curl -H sends its value", () => {
    assert.equal(PUT_CLIENTS["okhttp-string"].contentType("text/plain"), "text/plain; charset=utf-8");
    assert.equal(PUT_CLIENTS["curl-H"].contentType("image/png"), "image/png");
  });

  it("curl -T sends no Content-Type; axios sends application/x-www-form-urlencoded", () => {
    assert.equal(PUT_CLIENTS["curl-T"].contentType("image/png"), null);
    assert.equal(PUT_CLIENTS["axios-default"].contentType("image/png"), "application/x-www-form-urlencoded");
  });
});

describe("buildMultipartBody", () => {
  it("writes the same bytes as undici's FormData serialisation, boundary aside", async () => {
    const form = new FormData();
    form.append("key", "uploads/${filename}");
    form.append("file", new Blob(["hello\r\nworld"], { type: "image/png" }), 'my "photo".png');
    const request = new Request(URL_, { method: "POST", body: form });
    const type = request.headers.get("content-type")!;
    const boundary = type.slice(type.indexOf("boundary=") + 9);
    const real = new Uint8Array(await request.arrayBuffer());
    const ours = buildMultipartBody(
      [{ name: "key", value: "uploads/${filename}" }, { name: "file", fileName: 'my "photo".png', type: "image/png", bytes: new TextEncoder().encode("hello\r\nworld") }],
      boundary,
    );
    assert.equal(new TextDecoder().decode(ours.bytes), new TextDecoder().decode(real));
  });
});

describe("buildPutSend", () => {
  it("sends the presigned URL's target unchanged, with the client's Content-Type and the exact Content-Length", async () => {
    const presigned = await presignPut(DEFAULT_PUT);
    const sent = buildPutSend({ ...DEFAULT_PUT, client: "curl-T", fileSize: 10 }, presigned);
    assert.equal(sent.request.target, presigned.target);
    assert.equal(sent.request.headers.find((h) => h.name === "Content-Type"), undefined);
    assert.equal(sent.request.headers.find((h) => h.name === "Content-Length")?.value, "10");
    assert.equal(sent.request.body.length, 10);
  });
});
