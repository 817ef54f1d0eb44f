import assert from "node:assert/strict";
import { connect } from "node:net";
import { after, before, describe, it } from "node:test";
import { checkHttpResponses } from "./support/checkHttpResponses.ts";
import { presignSts, signRawRequest } from "./support/signRawRequest.ts";
import { startMock, T0 } from "./support/startMock.ts";
import type { RunningMock } from "./support/startMock.ts";

let m: RunningMock;
let port: number;
before(async () => {
  m = await startMock();
  port = Number(new URL(m.endpoint).port);
});
after(() => m.close());

/** Writes raw bytes on one connection and collects everything until the server closes it (or 5 s pass). */
function exchange(bytes: string | Buffer): Promise<{ bytes: Buffer; closedByServer: boolean }> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ bytes: Buffer.concat(chunks), closedByServer: false });
    }, 5000);
    socket.on("data", (c) => chunks.push(c));
    socket.on("error", () => {});
    socket.on("close", () => {
      clearTimeout(timer);
      resolve({ bytes: Buffer.concat(chunks), closedByServer: true });
    });
    socket.write(bytes);
  });
}

const host = () => `127.0.0.1:${port}`;
const callerIdentity = () =>
  signRawRequest({ method: "POST", path: "/", headers: { host: host(), "content-type": "application/x-www-form-urlencoded; charset=utf-8", "x-sigfix-note": "signed" }, body: "Action=GetCallerIdentity&Version=2011-06-15", service: "sts", at: new Date(T0) });

const MALFORMED = [
  "GARBAGE\r\n\r\n",
  "GET / HTTP/1.1\r\nBad Header\r\n\r\n",
  "GET /a b HTTP/1.1\r\nHost: h\r\n\r\n",
  "GET / HTTP/1.1\r\nHost: h\r\n folded\r\n\r\n",
  "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
  "GET / HTTP/9.9\r\nHost: h\r\n\r\n",
  "G\u0000T / HTTP/1.1\r\n\r\n",
  "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
  "GET / HTTP/1.1\r\nHost: h\r\nX: a\u0001b\r\n\r\n",
  "\u00ff\u00fe\r\n\r\n",
];

describe("createMockServer framing", () => {
  for (let i = 0; i < 20; i++) {
    const valid = 1 + (i % 3);
    const bad = MALFORMED[i % MALFORMED.length]!;
    it(`answers ${valid} pipelined valid request(s) in order before the 400 for a malformed one (${JSON.stringify(bad.slice(0, 24))})`, async () => {
      m.setClock(T0);
      const good = await callerIdentity();
      const got = await exchange(Buffer.from(good.repeat(valid) + bad, "latin1"));
      assert.deepEqual(checkHttpResponses(got.bytes, false), [...Array(valid).fill(200), 400]);
      assert.ok(got.closedByServer);
    });
  }

  it("answers CONNECT with the plain 400 and closes", async () => {
    const got = await exchange("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n");
    assert.deepEqual(checkHttpResponses(got.bytes, false), [400]);
    assert.match(got.bytes.toString(), /CONNECT is not an AWS request/);
    assert.ok(got.closedByServer);
  });

  it("answers a flood of bare CRLF with the plain 400 and closes", async () => {
    const got = await exchange("\r\n".repeat(100_000));
    assert.deepEqual(checkHttpResponses(got.bytes, false), [400]);
    assert.ok(got.closedByServer);
  });

  it("still skips a few empty lines before a request, as RFC 9112 §2.2 asks", async () => {
    m.setClock(T0);
    const got = await exchange(`\r\n\r\n${await callerIdentity()}`.replace("\r\n\r\nPOST", "\r\n\r\nPOST"));
    assert.deepEqual(checkHttpResponses(got.bytes, false).slice(0, 1), [200]);
  });

  it("answers more than 200 header lines with 431 and closes", async () => {
    const got = await exchange(`GET / HTTP/1.1\r\nHost: h\r\n${"X-A: 1\r\n".repeat(201)}\r\n`);
    assert.deepEqual(checkHttpResponses(got.bytes, false), [431]);
    assert.ok(got.closedByServer);
  });

  it("answers Version=constructor without an internal error", async () => {
    const got = await exchange(`GET /?Action=GetCallerIdentity&Version=constructor HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`);
    const statuses = checkHttpResponses(got.bytes, false);
    assert.ok(Array.isArray(statuses) && statuses[0]! < 500, String(statuses));
  });
});

describe("createMockServer comparing header bytes as sent", () => {
  it("accepts the signed request as sent (the control)", async () => {
    m.setClock(T0);
    assert.deepEqual(checkHttpResponses((await exchange((await callerIdentity()).replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n"))).bytes, false), [200]);
  });

  it("refuses it once a UTF-8 BOM is inserted into a signed header value after signing", async () => {
    m.setClock(T0);
    const signed = (await callerIdentity()).replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n");
    const tampered = Buffer.from(signed.replace("x-sigfix-note: signed", "x-sigfix-note: \ufeffsigned"), "utf8");
    const got = await exchange(tampered);
    assert.deepEqual(checkHttpResponses(got.bytes, false), [403]);
    assert.match(got.bytes.toString(), /<Code>SignatureDoesNotMatch<\/Code>/);
  });
});

// STS ignores X-Amz-Expires: a presigned STS request lives as long as the ±15-minute clock window, whatever it
// says. Sources: aws/aws-sdk-go#2167 and the SDK's fix aws/aws-sdk-go#2224 ("only will be used for Amazon S3
// presigned API requests. All other AWS services will use a fixed request signature expiration of about 15
// minutes"); kubernetes-sigs/aws-iam-authenticator#753 ("This value is ignored by STS").
describe("createMockServer with presigned STS URLs", () => {
  const get = async (path: string) => checkHttpResponses((await exchange(`GET ${path} HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`)).bytes, false);

  it("accepts a URL presigned for 60 seconds ten minutes later, as STS does", async () => {
    const path = await presignSts(new Date(T0), 60, host());
    m.setClock(T0 + 10 * 60_000);
    assert.deepEqual(await get(path), [200]);
  });

  it("refuses a URL presigned for an hour once the 15-minute window has passed", async () => {
    const path = await presignSts(new Date(T0), 3600, host());
    m.setClock(T0 + 16 * 60_000);
    const raw = (await exchange(`GET ${path} HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`)).bytes.toString();
    assert.match(raw, /^HTTP\/1\.1 403 /);
    assert.match(raw, /<Message>Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 15 min\.\)<\/Message>/);
  });
});
