// Each preset's answer, with the expected code and status from AWS's documented behaviour and public captures
// (never from the engine): a Content-Type other than the signed one is a SignatureDoesNotMatch 403 (raw bodies in
// issue aws/aws-sdk-js#557, with multipart/form-data in the StringToSign, and #558); an expired URL is AccessDenied
// 403 "Request has expired" (../shared/reference §4.8, confirmed).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { DEFAULT_POST, DEFAULT_PUT, getWorkbenchPreset, runWorkbench } from "../../../src/uploadWorkbench/index.ts";
import type { WorkbenchChoices, WorkbenchResult } from "../../../src/uploadWorkbench/index.ts";

async function run(choices: WorkbenchChoices): Promise<WorkbenchResult> {
  const outcome = await runWorkbench(choices);
  assert.ok(outcome.ok, outcome.ok ? "" : outcome.error);
  return outcome.result;
}
const preset = (id: string) => run(getWorkbenchPreset(id)!.choices);

describe("runWorkbench: presigned PUT presets", () => {
  it("put-ok: the signed Content-Type, sent by fetch with a File, is accepted (200)", async () => {
    const r = await preset("put-ok");
    assert.equal(r.verdict.outcome, "ok");
    assert.equal(r.response.status, 200);
  });

  for (const [id, sentType] of [
    ["put-formdata", /^multipart\/form-data; boundary=/],
    ["put-axios-default", /^application\/x-www-form-urlencoded$/],
    ["put-charset", /^text\/plain;charset=UTF-8$/],
    ["put-okhttp-charset", /^text\/plain; charset=utf-8$/],
    ["put-curl-no-type", null],
  ] as const) {
    it(`${id}: another Content-Type than the signed one is SignatureDoesNotMatch 403, and the diff shows the header`, async () => {
      const r = await preset(id);
      assert.equal(r.verdict.outcome, "SignatureDoesNotMatch");
      assert.equal(r.response.status, 403);
      assert.match(r.responseText, /^HTTP\/1\.1 403 Forbidden\r\n/);
      assert.match(r.response.body, /<Code>SignatureDoesNotMatch<\/Code><Message>The request signature we calculated does not match the signature you provided\. Check your key and signing method\.<\/Message>/);
      const type = r.sent.request.headers.find((h) => h.name === "Content-Type")?.value ?? null;
      if (sentType === null) assert.equal(type, null);
      else assert.match(type!, sentType);
      assert.ok(r.diff, "a canonical-request diff");
      assert.deepEqual(r.diff.differences, ["header content-type"]);
      assert.match(r.fix, /image\/png|text\/plain/);
    });
  }

  it("put-expired: sent an hour after a 900 s URL was signed is AccessDenied 403 Request has expired", async () => {
    const r = await preset("put-expired");
    assert.equal(r.verdict.outcome, "AccessDenied");
    assert.equal(r.response.status, 403);
    assert.match(r.response.body, /<Message>Request has expired<\/Message><X-Amz-Expires>900<\/X-Amz-Expires>/);
  });

  // AWS signs a presigned URL's query checksum and ignores it: the LocalStack maintainer
  // (https://github.com/localstack/localstack/issues/12169), MiniStack's fix (https://github.com/ministackorg/ministack/pull/1705),
  // and AWS's presigned-URL docs ("presigned URLs don't support … CRC32 … when you upload objects").
  it("put-empty-crc32: the URL carries the empty body's CRC32, the real body is sent, and AWS answers 200", async () => {
    const r = await preset("put-empty-crc32");
    assert.equal(r.response.status, 200);
    assert.match(r.sent.request.target, /[?&]x-amz-checksum-crc32=AAAAAA%3D%3D(&|$)/);
    assert.ok(r.sent.request.body.length > 0);
    assert.match(r.fix, /requestChecksumCalculation/);
    assert.match(r.fix, /R2/);
  });

  // A bucket in us-east-1 reached at another region's endpoint: 301 PermanentRedirect with x-amz-bucket-region and
  // the Endpoint (raw bodies in skyplane-project/skyplane#216 and cperciva/bsdec2-image-upload#11).
  it("put-wrong-region: a URL for eu-west-1 to a us-east-1 bucket is 301 PermanentRedirect naming the bucket's region", async () => {
    const r = await preset("put-wrong-region");
    assert.equal(r.response.status, 301);
    assert.equal(r.verdict.outcome, "PermanentRedirect");
    assert.ok(r.response.headers.some(([name, value]) => name.toLowerCase() === "x-amz-bucket-region" && value === "us-east-1"));
    assert.match(r.response.body, /<Code>PermanentRedirect<\/Code>/);
  });

  it("a Content-Type left unsigned (JS v3 getSignedUrl's default) takes any type", async () => {
    const r = await run({ ...DEFAULT_PUT, signContentType: false, client: "fetch-formdata" });
    assert.equal(r.verdict.outcome, "ok");
  });
});

describe("runWorkbench: bad input", () => {
  it("a 5 MB form gets a message, not a crash", async () => {
    const outcome = await runWorkbench({ ...DEFAULT_POST, fileSize: 5 * 1000 * 1000 });
    assert.equal(outcome.ok, false);
    assert.match(!outcome.ok ? outcome.error : "", /5\.\d MB.*up to 1 MiB/);
  });

  it("a policy that is not JSON is reported, and the form is still judged", async () => {
    const r = await run({ ...DEFAULT_POST, rawPolicy: "{ not json" });
    assert.match(r.notes.join(" "), /not JSON/);
    assert.ok(r.response.status >= 400);
  });

  it("a policy that is not base64 is reported, and the form is still judged", async () => {
    const r = await run({ ...DEFAULT_POST, rawPolicy: "%%% not base64 %%%" });
    assert.match(r.notes.join(" "), /neither JSON nor base64/);
    assert.ok(r.response.status >= 400);
  });

  it("a negative or fractional file size gets a message", async () => {
    assert.equal((await runWorkbench({ ...DEFAULT_PUT, fileSize: -1 })).ok, false);
    assert.equal((await runWorkbench({ ...DEFAULT_PUT, fileSize: 1.5 })).ok, false);
  });

  it("an expiry the presigner refuses (0 s) gets a message", async () => {
    const outcome = await runWorkbench({ ...DEFAULT_PUT, expiresIn: 0 });
    assert.ok(outcome.ok || /presigner/.test(outcome.error));
  });
});

describe("runWorkbench: choices no page control makes", () => {
  it("answers an unknown client, an unknown mode, a line break in a header and a date beyond ten years with a message", async () => {
    for (const choices of [
      { ...DEFAULT_PUT, client: "__proto__" },
      { ...DEFAULT_PUT, mode: "delete" },
      { ...DEFAULT_PUT, sentContentType: "image/png\r\nX-Injected: 1" },
      { ...DEFAULT_PUT, sentAfter: 1e15 },
      { ...DEFAULT_POST, expiresIn: 1e15 },
    ]) {
      const outcome = await runWorkbench(choices as unknown as WorkbenchChoices);
      assert.equal(outcome.ok, false, JSON.stringify(choices).slice(0, 80));
    }
  });
});
