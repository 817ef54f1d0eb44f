import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { listShortLinks } from "../../../src/guides/listShortLinks.ts";

const entry = (id: string, responses: any[], clientMessages: any[] = []) => ({ id, data: { title: id, guide: { responses, clientMessages } } });

describe("listShortLinks", () => {
  it("gives client-side codes (no HTTP response) a short link to their guide", () => {
    const links = listShortLinks([
      entry("errors/no-credentials-found", [], [{ code: "NoCredentialsError", shortLink: true, message: "Unable to locate credentials" }]),
    ]);
    assert.deepEqual(links, [
      { code: "NoCredentialsError", target: "/errors/no-credentials-found/", title: "errors/no-credentials-found", messages: ["Unable to locate credentials"] },
    ]);
  });

  it("skips client messages without a code (Go SDK v2 prints none)", () => {
    const links = listShortLinks([entry("errors/x", [], [{ shortLink: true, message: "no EC2 IMDS role found" }])]);
    assert.deepEqual(links, []);
  });

  it("refuses a client code claimed by two guides", () => {
    const claim = [{ code: "CredentialsProviderError", shortLink: true, message: "m" }];
    assert.throws(() => listShortLinks([entry("errors/a", [], claim), entry("errors/b", [], claim)]), /claimed by \/errors\/a\/ and by \/errors\/b\//);
  });

  it("keeps guides without clientMessages working", () => {
    const links = listShortLinks([{ id: "errors/old", data: { title: "Old", guide: { responses: [{ code: "ExpiredToken", shortLink: true, message: "m" }] } } }]);
    assert.equal(links[0]!.code, "ExpiredToken");
  });
});
