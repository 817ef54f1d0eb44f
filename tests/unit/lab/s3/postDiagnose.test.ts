// Real pastes of S3's POST Object answers (quoted from the public issues named) reach the presigned-POST guide in
// /diagnose/, although their conditions and field names differ from the guide's quoted examples.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { diagnoseText } from "../../../../src/diagnose/diagnoseText.ts";
import { loadGuideIndex } from "../../../support/loadGuideIndex.ts";

const guides = loadGuideIndex();
const PASTES: Array<[string, string]> = [
  ["aws/aws-sdk-js#1514", `<Error><Code>AccessDenied</Code><Message>Invalid according to Policy: Policy Condition failed: ["eq", "$X-Amz-Date", "20170519T041709Z"]</Message></Error>`],
  ["dwilkie/carrierwave_direct#230", `<Code>AccessDenied</Code>\n<Message>\nInvalid according to Policy: Policy Condition failed: ["eq", "$success_action_redirect", "http://example.com"]\n</Message>`],
  ["froala/wysiwyg-editor#404", "<Error><Code>AccessDenied</Code><Message>Invalid according to Policy: Extra input fields: x-requested-with</Message><RequestId>8FFF313E47C10DEF</RequestId></Error>"],
  ["asafdav/ng-s3upload#23 (message only)", "Invalid according to Policy: Extra input fields: content-type"],
  ["danialfarid/ng-file-upload#400", `<Error><Code>AccessDenied</Code><Message>Invalid according to Policy: Extra input fields: filename</Message><RequestId>0B17AD9FBAD95191</RequestId></Error>`],
  ["CulturalMe/meteor-slingshot#80", `<Error>\n  <Code>AccessDenied</Code>\n  <Message>Invalid according to Policy: Policy expired.</Message>\n</Error>`],
  ["infinitered/apisauce#245", `<Error>\n<Code>EntityTooLarge</Code>\n<Message>Your proposed upload exceeds the maximum allowed size</Message>\n<ProposedSize>710336</ProposedSize>\n<MaxSizeAllowed>709960</MaxSizeAllowed>`],
  ["ryuzee/SlideHub#213", "<Code>InvalidArgument</Code>\n<Message>Bucket POST must contain a field named 'key'.  If it is specified, please check the order of the fields.</Message>\n<ArgumentName>key</ArgumentName>"],
  ["benefitcloud/ember-uploader#43", "<Error><Code>InvalidPolicyDocument</Code><Message>Invalid Policy: Invalid JSON.</Message>"],
];

describe("POST Object pastes in /diagnose/", () => {
  for (const [source, paste] of PASTES) {
    it(`${source} reaches s3-post-policy`, () => {
      const d = diagnoseText(paste, { now: new Date("2026-01-15T12:00:00Z"), guides });
      assert.equal(d.guide?.slug, "s3-post-policy", d.headline);
    });
  }
});
