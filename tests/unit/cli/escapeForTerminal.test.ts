import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cutEcho, escapeForTerminal, formatProblemLine } from "../../../src/cli/escapeForTerminal.ts";
import { verifyCommand } from "../../../src/cli/verifyCommand.ts";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe("escapeForTerminal", () => {
  it("writes ESC, NUL, CR, DEL and C1 as \\x escapes and a bidi override as \\u", () => {
    assert.equal(escapeForTerminal("a\u001b[31mred\u0000\r\u007f\u009bz\u202e"), "a\\x1b[31mred\\x00\\x0d\\x7f\\x9bz\\u202e");
  });
  it("keeps tabs, and line feeds only when asked", () => {
    assert.equal(escapeForTerminal("a\tb\nc"), "a\tb\\x0ac");
    assert.equal(escapeForTerminal("a\tb\nc", { keepLineFeeds: true }), "a\tb\nc");
  });
});

describe("cutEcho", () => {
  it("cuts long echoed input with an ellipsis and says how long it was", () => {
    assert.equal(cutEcho("x".repeat(10), 4), "xxxx… (10 characters)");
    assert.equal(cutEcho("short", 10), "short");
  });
});

describe("formatProblemLine", () => {
  it("keeps a 4 MB offending line to one short line", () => {
    const line = formatProblemLine(`f: not an HTTP request: Header line \`${"\u001b".repeat(4 * 1024 * 1024)}\` has no colon: expected \`Name: value\`.`);
    assert.ok(line.length < 1000, `${line.length} characters`);
    assert.ok(!CONTROL.test(line));
    assert.ok(!line.includes("\n"));
    assert.match(line, /… \(4194304 characters\)` has no colon: expected `Name: value`\.$/);
  });
});

describe("verifyCommand on hostile files", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "sigfix-cli-"));
  const run = (name: string, content: string | Uint8Array, extra: string[] = []) => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    const out: string[] = [];
    const err: string[] = [];
    const status = verifyCommand([file, "--now", "2015-08-30T12:36:00Z", ...extra], (l) => out.push(l), (l) => err.push(l), () => new Date(0));
    return { status, out, err };
  };

  it("prints one escaped error line for a request line full of ESC sequences", () => {
    const { status, out, err } = run("esc.txt", `\u001b[2J\u001b]0;pwned\u0007 / HTTP/1.1\r\n\r\n`);
    assert.equal(status, 2);
    assert.deepEqual(out, []);
    assert.equal(err.length, 1);
    assert.ok(!CONTROL.test(err[0]!), err[0]);
    assert.match(err[0]!, /\\x1b\[2J/);
  });

  it("escapes control bytes in the verdict, its checks and the echoed response", () => {
    const { status, out } = run("verdict.txt", "GET /\u001b[31m HTTP/1.1\r\nHost: example.amazonaws.com\r\nX-Evil: \u0000\u001b]8;;x\u0007\r\nAuthorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\u001b/20150830/us-east-1/service/aws4_request, SignedHeaders=host, Signature=00\r\n\r\n");
    assert.equal(status, 0);
    assert.equal(out.length, 1);
    assert.ok(!CONTROL.test(out[0]!), "a raw control byte reached the terminal");
    assert.match(out[0]!, /\\x1b/);
  });

  it("keeps --json output free of raw DEL and C1 bytes while staying JSON", () => {
    const { out } = run("c1.txt", "GET / HTTP/1.1\r\nHost: example.amazonaws.com\r\nX-C1: \u009b31m\u007f\r\n\r\n", ["--json"]);
    assert.ok(!CONTROL.test(out[0]!));
    assert.doesNotThrow(() => JSON.parse(out[0]!));
  });
});

describe("verifyCommand on a file over the size limit", () => {
  it("refuses it in one line without reading it as a request", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sigfix-cli-big-"));
    const file = path.join(dir, "big.txt");
    writeFileSync(file, `POST / HTTP/1.1\r\nHost: h\r\n\r\n${"a".repeat(2 * 1024 * 1024 + 1)}`);
    const err: string[] = [];
    const status = verifyCommand([file], () => {}, (l) => err.push(l), () => new Date(0));
    assert.equal(status, 2);
    assert.equal(err.length, 1);
    assert.match(err[0]!, /too large: sigfix verify reads requests up to 2097152 bytes/);
  });
});
