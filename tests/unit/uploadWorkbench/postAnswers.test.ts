// Each POST preset's answer, expected from public raw captures of S3's answers to browser form uploads (never from
// the engine): a broken condition is AccessDenied 403 "Invalid according to Policy: Policy Condition failed: …"
// (raw bodies in waynehoover/s3_direct_upload#107, tj/node-s3-policy#8); an expired policy is AccessDenied 403
// "Invalid according to Policy: Policy expired." (retorquere/zotero-better-bibtex#321); a file over the range is
// EntityTooLarge 400 "Your proposed upload exceeds the maximum allowed size" (froala/wysiwyg-editor#404,
// danialfarid/ng-file-upload#400); a policy that is not JSON is InvalidPolicyDocument 400 "Invalid Policy: Invalid
// JSON." (benefitcloud/ember-uploader#43); a form whose signature fields come after the file is read as anonymous,
// AccessDenied 403 "Access Denied" (localstack's AWS-recorded snapshot test_post_request_missing_fields); a good form
// is 204 No Content (the default success_action_status, AWS's PostObject docs).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { DEFAULT_POST, getWorkbenchPreset, runWorkbench } from "../../../src/uploadWorkbench/index.ts";
import type { WorkbenchChoices, WorkbenchResult } from "../../../src/uploadWorkbench/index.ts";

async function run(choices: WorkbenchChoices): Promise<WorkbenchResult> {
  const outcome = await runWorkbench(choices);
  assert.ok(outcome.ok, outcome.ok ? "" : outcome.error);
  return outcome.result;
}
const preset = (id: string) => run(getWorkbenchPreset(id)!.choices);
const message = (r: WorkbenchResult) => /<Message>([^<]*)<\/Message>/.exec(r.response.body)?.[1];

describe("runWorkbench: presigned POST presets", () => {
  it("post-ok: a form that matches its policy is 204 No Content", async () => {
    const r = await preset("post-ok");
    assert.equal(r.response.status, 204);
    assert.equal(r.verdict.outcome, "ok");
  });

  it("post-content-type: a Content-Type outside the starts-with is AccessDenied 403 naming the condition", async () => {
    const r = await preset("post-content-type");
    assert.equal(r.response.status, 403);
    assert.equal(r.verdict.outcome, "AccessDenied");
    assert.equal(message(r), 'Invalid according to Policy: Policy Condition failed: ["starts-with", "$Content-Type", "image/"]');
    assert.match(r.fix, /application\/pdf/);
  });

  it("post-too-large: a file over content-length-range is EntityTooLarge 400", async () => {
    const r = await preset("post-too-large");
    assert.equal(r.response.status, 400);
    assert.equal(r.verdict.outcome, "EntityTooLarge");
    assert.equal(message(r), "Your proposed upload exceeds the maximum allowed size");
    assert.match(r.fix, /102400/);
  });

  it("post-expired: a policy past its expiration is AccessDenied 403 Policy expired.", async () => {
    const r = await preset("post-expired");
    assert.equal(r.response.status, 403);
    assert.equal(message(r), "Invalid according to Policy: Policy expired.");
  });

  it("post-fields-after-file: the signature fields after the file are ignored, so S3 answers Access Denied", async () => {
    const r = await preset("post-fields-after-file");
    assert.equal(r.response.status, 403);
    assert.equal(message(r), "Access Denied");
    assert.match(r.fix, /file last/);
  });

  it("a policy that is not JSON is InvalidPolicyDocument 400, with the page's own note", async () => {
    const r = await run({ ...DEFAULT_POST, rawPolicy: "{ not json" });
    assert.equal(r.response.status, 400);
    assert.equal(r.verdict.outcome, "InvalidPolicyDocument");
    assert.equal(message(r), "Invalid Policy: Invalid JSON.");
    assert.match(r.notes.join(" "), /not JSON/);
  });
});
