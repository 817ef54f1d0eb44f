// Our two INI readers against the SDKs' own: 400 seeded texts each, read by botocore's configloader (Python) and
// by the JS SDK v3's loadSharedConfigFiles. Plus hand-written cases for the rules the two SDKs disagree on.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { loadSharedConfigFiles } from "@smithy/core/config";
import { parseIniBotocore, parseIniJsV3 } from "../../../src/credentialChain/index.ts";
import { createRandom } from "../../support/createRandom.ts";
import { generateIniText } from "../../support/credentialChain/generateIniText.ts";

const TEXTS = 400;
const random = createRandom(8675309);
const texts = Array.from({ length: TEXTS }, () => generateIniText(random));
const dir = mkdtempSync(`${tmpdir()}/sigfix-ini-`);
const paths = texts.map((text, i) => {
  const path = `${dir}/ini-${i}`;
  writeFileSync(path, text);
  return path;
});
writeFileSync(`${dir}/paths.json`, JSON.stringify(paths));
const python = spawnSync("python3", [fileURLToPath(new URL("../../support/credentialChain/parse_ini_botocore.py", import.meta.url)), `${dir}/paths.json`], { encoding: "utf8" });
const noBotocore = python.status === 0 ? false : `python3 with botocore is not available here (${(python.stderr || String(python.error)).trim().split("\n").at(-1)})`;
const botocoreReads: Array<{ ok: boolean; sections?: unknown }> = noBotocore ? [] : JSON.parse(python.stdout);
const jsReads = await Promise.all(paths.map((filepath) => loadSharedConfigFiles({ filepath, configFilepath: `${dir}/none`, ignoreCache: true }).then((files) => files.credentialsFile)));
rmSync(dir, { recursive: true, force: true });

const plain = (value: unknown) => JSON.parse(JSON.stringify(value));
const show = (text: string) => JSON.stringify(text);

describe("parseIniBotocore reads files exactly as botocore 1.43.11 does", { skip: noBotocore }, () => {
  it(`agrees with configloader.raw_config_parse on ${TEXTS} generated texts`, () => {
    for (const [i, text] of texts.entries()) {
      const ours = parseIniBotocore(text);
      const theirs = botocoreReads[i];
      assert.equal(ours.ok, theirs.ok, `parse success differs on ${show(text)}${ours.ok ? "" : `: ${ours.problem}`}`);
      if (ours.ok) assert.deepEqual(plain(ours.sections), theirs.sections, `sections differ on ${show(text)}`);
    }
  });
  it("exercises both outcomes", () => {
    assert.ok(botocoreReads.filter((read) => read.ok).length > 50);
    assert.ok(botocoreReads.filter((read) => !read.ok).length > 50);
  });
});

describe("parseIniJsV3 reads files exactly as the JS SDK v3 does", () => {
  it(`agrees with @smithy/core loadSharedConfigFiles on ${TEXTS} generated texts`, () => {
    for (const [i, text] of texts.entries()) {
      assert.deepEqual(plain(parseIniJsV3(text).sections), plain(jsReads[i]), `sections differ on ${show(text)}`);
    }
  });
});

describe("where the two parsers part ways", () => {
  it("keeps an inline comment in botocore's value and strips it in the JS SDK's", () => {
    const text = "[default]\naws_access_key_id = AKIASIGFIXINI0000001 # work key\n";
    const botocore = parseIniBotocore(text);
    assert.ok(botocore.ok);
    assert.equal(botocore.sections.default.aws_access_key_id, "AKIASIGFIXINI0000001 # work key");
    assert.equal(parseIniJsV3(text).sections.default.aws_access_key_id, "AKIASIGFIXINI0000001");
  });
  it("reads an upper-case key and a ':' delimiter in botocore only", () => {
    const text = "[default]\nAWS_ACCESS_KEY_ID = A\nregion: us-west-2\n";
    const botocore = parseIniBotocore(text);
    assert.ok(botocore.ok);
    assert.deepEqual(plain(botocore.sections.default), { aws_access_key_id: "A", region: "us-west-2" });
    assert.deepEqual(plain(parseIniJsV3(text).sections.default), { AWS_ACCESS_KEY_ID: "A" });
  });
  it("makes an indented line part of the key above in botocore, a key of its own in the JS SDK", () => {
    const text = "[default]\naws_access_key_id = A\n  aws_secret_access_key = B\n";
    const botocore = parseIniBotocore(text);
    assert.ok(botocore.ok);
    assert.deepEqual(plain(botocore.sections.default), { aws_access_key_id: "A\naws_secret_access_key = B" });
    assert.deepEqual(plain(parseIniJsV3(text).sections.default), { aws_access_key_id: "A", aws_secret_access_key: "B" });
  });
  it("refuses a repeated key in botocore and keeps the last one in the JS SDK", () => {
    const text = "[default]\nregion = a\nregion = b\n";
    assert.equal(parseIniBotocore(text).ok, false);
    assert.equal(parseIniJsV3(text).sections.default.region, "b");
  });
  it("drops an empty value in the JS SDK (it opens a sub-section) but keeps it in botocore", () => {
    const text = "[default]\naws_session_token =\nregion = x\n";
    const botocore = parseIniBotocore(text);
    assert.ok(botocore.ok);
    assert.deepEqual(plain(botocore.sections.default), { aws_session_token: "", region: "x" });
    assert.deepEqual(plain(parseIniJsV3(text).sections.default), { region: "x" });
  });
  it("treats a [__proto__] section as an error that empties the whole file in the JS SDK", () => {
    const parsed = parseIniJsV3("[default]\nregion = x\n[__proto__]\nregion = y\n");
    assert.deepEqual(plain(parsed.sections), {});
    assert.equal(parsed.error, 'Found invalid profile name "__proto__"');
  });
});
