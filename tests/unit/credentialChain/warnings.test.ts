// The classic traps, one situation each, with the warning every SDK (or the one that differs) gives.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { resolveAllSdks, resolveCredentials, type ChainInput, type SdkId, type WarningCode } from "../../../src/credentialChain/index.ts";

const NOW = "2026-12-01T00:00:00Z";
const HOME = "/home/dev";
const CONFIG = `${HOME}/.aws/config`;
const CREDENTIALS = `${HOME}/.aws/credentials`;
const codes = (sdk: SdkId, input: ChainInput) => resolveCredentials(sdk, input).warnings.map((w) => w.code);
const ALL: SdkId[] = ["botocore", "js-v3", "go-v2", "java-v2"];
const everyone = (input: ChainInput, code: WarningCode) => {
  for (const sdk of ALL) assert.ok(codes(sdk, input).includes(code), `${sdk} gives no ${code}: ${codes(sdk, input).join(", ")}`);
};

describe("trap warnings", () => {
  it("flags a session token beside a long-term AKIA key (a Lambda with user keys pasted in)", () => {
    everyone({ env: { AWS_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE", AWS_SECRET_ACCESS_KEY: "x", AWS_SESSION_TOKEN: "stale" }, home: HOME, now: NOW }, "session-token-beside-long-term-key");
  });
  it("flags a temporary ASIA key with no session token", () => {
    everyone({ env: { AWS_ACCESS_KEY_ID: "ASIASIGFIXVALID00001", AWS_SECRET_ACCESS_KEY: "x" }, home: HOME, now: NOW }, "temporary-key-without-token");
  });
  it("says botocore, Go and Java take the env keys over AWS_PROFILE, and the JS SDK does the opposite", () => {
    const input: ChainInput = {
      env: { AWS_PROFILE: "dev", AWS_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE", AWS_SECRET_ACCESS_KEY: "x" },
      home: HOME,
      files: { [CREDENTIALS]: "[dev]\naws_access_key_id = AKIAI44QH8DHBEXAMPLE\naws_secret_access_key = y\n" },
      now: NOW,
    };
    const results = Object.fromEntries(resolveAllSdks(input).map((r) => [r.sdk, r]));
    for (const sdk of ["botocore", "go-v2", "java-v2"] as const) {
      assert.equal(results[sdk].accessKeyId, "AKIAIOSFODNN7EXAMPLE", sdk);
      assert.ok(codes(sdk, input).includes("profile-overridden-by-env-keys"), sdk);
    }
    assert.equal(results["js-v3"].accessKeyId, "AKIAI44QH8DHBEXAMPLE");
    assert.ok(codes("js-v3", input).includes("env-keys-ignored-for-profile"));
  });
  it("flags a source_profile loop, and botocore and the JS SDK stop with their own loop errors", () => {
    const input: ChainInput = {
      env: { AWS_PROFILE: "a" },
      home: HOME,
      files: { [CONFIG]: "[profile a]\nrole_arn = arn:aws:iam::123456789012:role/a\nsource_profile = b\n[profile b]\nrole_arn = arn:aws:iam::123456789012:role/b\nsource_profile = a\n" },
      now: NOW,
    };
    everyone(input, "source-profile-loop");
    assert.equal(resolveCredentials("botocore", input).error?.message, "Infinite loop in credential configuration detected. Attempting to load from profile a which has already been visited. Visited profiles: ['a', 'b']");
    const js = resolveCredentials("js-v3", input);
    assert.equal(js.trace.find((step) => step.provider === "fromIni")?.reason, "Detected a cycle attempting to resolve credentials for profile a. Profiles visited: b, a");
  });
  it("does not call a profile that sources its own keys a loop", () => {
    const input: ChainInput = {
      env: { AWS_PROFILE: "a" },
      home: HOME,
      files: { [CONFIG]: "[profile a]\nrole_arn = arn:aws:iam::123456789012:role/a\nsource_profile = a\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = x\n" },
      now: NOW,
    };
    for (const sdk of ALL) assert.ok(!codes(sdk, input).includes("source-profile-loop"), sdk);
    assert.equal(resolveCredentials("botocore", input).source, "assume-role");
  });
  it("flags an expired SSO token in the cache", () => {
    const input: ChainInput = {
      env: { AWS_PROFILE: "sso" },
      home: HOME,
      files: { [CONFIG]: "[profile sso]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = us-east-1\nsso_account_id = 123456789012\nsso_role_name = ReadOnly\n" },
      surroundings: { ssoCache: { "https://corp.awsapps.com/start": { expiresAt: "2026-11-30T00:00:00Z", hasAccessToken: true } } },
      now: NOW,
    };
    everyone(input, "sso-token-expired");
    assert.equal(resolveCredentials("js-v3", input).error?.message, "The SSO session associated with this profile has expired. To refresh this SSO session run aws sso login with the corresponding profile.");
  });
  it("says an AWS_ENDPOINT_URL_<SERVICE> override redirects that one client only", () => {
    const input: ChainInput = { env: { AWS_ENDPOINT_URL_DYNAMODB: "http://localhost:8000" }, home: HOME, service: "dynamodb", now: NOW };
    const result = resolveCredentials("botocore", input);
    assert.deepEqual(result.endpoint, { url: "http://localhost:8000", from: "env AWS_ENDPOINT_URL_DYNAMODB" });
    assert.ok(result.warnings.some((w) => w.code === "endpoint-override-one-service"));
    const sts = resolveCredentials("botocore", { ...input, service: "sts" });
    assert.equal(sts.endpoint, undefined);
    assert.ok(sts.warnings.some((w) => w.code === "endpoint-override-one-service"));
  });
  it("lets ignore_configured_endpoint_urls switch every configured endpoint off", () => {
    const input: ChainInput = { env: { AWS_ENDPOINT_URL: "http://localhost:4566", AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: "true" }, home: HOME, now: NOW };
    const result = resolveCredentials("js-v3", input);
    assert.equal(result.endpoint, undefined);
    assert.ok(result.warnings.some((w) => w.code === "configured-endpoints-ignored"));
  });
  it("takes the region from AWS_DEFAULT_REGION in botocore and Go, never in the JS SDK or Java", () => {
    const input: ChainInput = { env: { AWS_DEFAULT_REGION: "eu-west-1" }, home: HOME, now: NOW };
    const regions = Object.fromEntries(resolveAllSdks(input).map((r) => [r.sdk, r.region]));
    assert.deepEqual(regions, { botocore: "eu-west-1", "js-v3": undefined, "go-v2": "eu-west-1", "java-v2": undefined });
  });
  it("never throws on hostile input: binary files, Object.prototype names, a megabyte of one character", () => {
    const input: ChainInput = {
      env: { AWS_PROFILE: "__proto__", AWS_CONFIG_FILE: "/x/constructor" },
      home: HOME,
      files: { "/x/constructor": "\u0000\u00ff[profile toString]\nrole_arn=" + "[".repeat(1 << 20), [CREDENTIALS]: "=".repeat(1 << 20) },
      now: NOW,
    };
    for (const result of resolveAllSdks(input)) assert.equal(typeof result.resolved, "boolean", result.sdk);
  });
});
