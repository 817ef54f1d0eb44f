import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createContentSecurityPolicy, findInlineHandlers, findInlineScripts, hashScript, insertPolicyMeta } from "../../../src/integrations/createContentSecurityPolicy.ts";

describe("findInlineScripts", () => {
  it("finds inline JavaScript and module scripts, not external ones or data blocks", () => {
    const html = `<head><script>a()</script><script type="module">b()</script><script src="/x.js"></script><script type="application/json">{"c":1}</script><SCRIPT TYPE="text/javascript">d()</SCRIPT></head>`;
    assert.deepEqual(findInlineScripts(html), ["a()", "b()", "d()"]);
  });
});

describe("hashScript", () => {
  it("gives CSP's sha256 source: base64 of the digest (the empty string's is SHA-256's well-known e3b0c442…)", () => {
    const empty = Buffer.from("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "hex").toString("base64");
    assert.equal(hashScript(""), `sha256-${empty}`);
  });
});

describe("createContentSecurityPolicy", () => {
  it("lists each hash once, allows Pagefind's WebAssembly and nothing off-site", () => {
    const policy = createContentSecurityPolicy(["sha256-b", "sha256-a", "sha256-b"], { forHeader: false });
    assert.equal(
      policy,
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
  });
  it("adds frame-ancestors only to the header, where browsers read it", () => {
    assert.match(createContentSecurityPolicy([], { forHeader: true }), /; frame-ancestors 'none'$/);
  });
});

describe("insertPolicyMeta", () => {
  it("puts the policy right after <meta charset>, before any script", () => {
    assert.equal(
      insertPolicyMeta(`<html><head><meta charset="utf-8"/><script>x</script></head></html>`, "default-src 'self'"),
      `<html><head><meta charset="utf-8"/><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><script>x</script></head></html>`,
    );
  });
});

describe("findInlineHandlers", () => {
  it("finds event-handler attributes, decoded as the browser hashes them", () => {
    assert.deepEqual(findInlineHandlers(`<form onsubmit="return false"><a href="#" onclick='go(&quot;x&quot;)'>x</a></form>`), ["return false", 'go("x")']);
  });
  it("lets them run only by 'unsafe-hashes' and their own hash", () => {
    assert.match(createContentSecurityPolicy([], { forHeader: false, handlerHashes: ["sha256-h"] }), /script-src 'self' 'wasm-unsafe-eval' 'unsafe-hashes' 'sha256-h';/);
  });
});
