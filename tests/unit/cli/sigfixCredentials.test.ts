// `sigfix credentials` as a reader runs it: a child process, a home folder and an env file, text or JSON out.
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { REPO_ROOT } from "../../support/sharedDir.ts";

let dir = "";
const sigfix = (args: string[]) => {
  const result = spawnSync(process.execPath, ["--", path.join(REPO_ROOT, "scripts", "sigfix.mjs"), "credentials", ...args], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
};

describe("sigfix credentials", () => {
  before(() => {
    dir = mkdtempSync(`${tmpdir()}/sigfix-cli-creds-`);
    write("home/.aws/config", "[profile dev]\nregion = eu-west-1\nrole_arn = arn:aws:iam::123456789012:role/dev\nsource_profile = base\n");
    write("home/.aws/credentials", "[base]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n");
    write("stale.env", "# a Lambda-like environment\nAWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nexport AWS_SESSION_TOKEN=\"stale-token\"\nAWS_REGION=us-east-2\n");
    write("profile.env", "AWS_PROFILE=dev\n");
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("prints the JSON shape with the key ID masked past its prefix and the stale-token warning", () => {
    const { status, stdout } = sigfix(["--sdk", "botocore", "--home", path.join(dir, "home"), "--env-file", path.join(dir, "stale.env"), "--json"]);
    assert.equal(status, 0);
    const report = JSON.parse(stdout);
    assert.deepEqual(Object.keys(report).filter((k) => ["sdk", "resolved", "source", "accessKeyId", "region", "regionSource", "trace", "warnings", "error"].includes(k)).length, 9);
    assert.equal(report.sdk, "botocore");
    assert.equal(report.resolved, true);
    assert.equal(report.source, "env");
    assert.equal(report.accessKeyId, "AKIA****************");
    assert.equal(report.region, null, "botocore reads AWS_DEFAULT_REGION, not AWS_REGION");
    assert.equal(report.trace[0].provider, "EnvProvider");
    assert.ok(report.warnings.some((w: { code: string }) => w.code === "session-token-beside-long-term-key"));
    assert.equal(report.error, null);
    assert.ok(!stdout.includes("AKIAIOSFODNN7EXAMPLE") && !stdout.includes("wJalrXUtnFEMI"), "no key ID or secret is printed");
  });

  it("follows the profile's source_profile in the JS SDK and names the region's source", () => {
    const { status, stdout } = sigfix(["--sdk", "js-v3", "--home", path.join(dir, "home"), "--env-file", path.join(dir, "profile.env"), "--json"]);
    assert.equal(status, 0);
    const report = JSON.parse(stdout);
    assert.equal(report.source, "assume-role");
    assert.equal(report.region, "eu-west-1");
    assert.equal(report.regionSource, `profile dev in ${path.join(dir, "home", ".aws", "config")}`);
  });

  it("uses --profile as botocore's explicit profile, which removes the env provider", () => {
    const { stdout } = sigfix(["--sdk", "botocore", "--home", path.join(dir, "home"), "--env-file", path.join(dir, "stale.env"), "--profile", "dev", "--json"]);
    const report = JSON.parse(stdout);
    assert.equal(report.source, "assume-role");
    assert.ok(!report.trace.some((step: { provider: string }) => step.provider === "EnvProvider"));
  });

  it("prints each SDK's own 'nothing resolves' text when nothing is configured", () => {
    const empty = write("empty.env", "AWS_EC2_METADATA_DISABLED=true\n");
    const { stdout } = sigfix(["--sdk", "js-v3", "--home", path.join(dir, "nohome"), "--env-file", empty]);
    assert.match(stdout, /^js-v3: no credentials$/m);
    assert.match(stdout, /^error: CredentialsProviderError: Could not load credentials from any providers$/m);
  });

  it("answers bad input with one line naming the file and the problem, and exit 2", () => {
    const missing = sigfix(["--sdk", "js-v3", "--env-file", path.join(dir, "nope.env")]);
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr.trim().split("\n").length, 1);
    assert.match(missing.stderr, /nope\.env`: no such file/);
    const bad = write("bad.env", "AWS_PROFILE=dev\nthis is not an assignment\n");
    const broken = sigfix(["--sdk", "js-v3", "--env-file", bad]);
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /bad\.env`: line 2 is not KEY=VALUE/);
    write("dup/.aws/config", "[default]\nregion = a\nregion = b\n");
    const ini = sigfix(["--sdk", "botocore", "--home", path.join(dir, "dup"), "--env-file", path.join(dir, "profile.env")]);
    assert.equal(ini.status, 2);
    assert.match(ini.stderr, /config`: botocore cannot parse it \(ConfigParseError\): option 'region' in section 'default' already exists \(line 3\)/);
    const sdk = sigfix(["--sdk", "ruby"]);
    assert.equal(sdk.status, 2);
    assert.match(sdk.stderr, /--sdk must be one of botocore, js-v3, go-v2, java-v2, got `ruby`/);
  });

  it("escapes control characters from the input in what it prints", () => {
    const hostile = write("hostile.env", "AWS_PROFILE=dev\u001b[31mred\n");
    const { status, stdout } = sigfix(["--sdk", "js-v3", "--home", path.join(dir, "home"), "--env-file", hostile]);
    assert.equal(status, 0);
    assert.ok(!stdout.includes("\u001b"));
    assert.ok(stdout.includes("dev\\x1b[31mred"));
  });
});
