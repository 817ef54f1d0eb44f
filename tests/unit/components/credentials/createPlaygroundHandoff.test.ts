// The stale-token path end to end, outside the browser: the page's masking, the credential chain, the hand-off
// link in the playground's own #v1= format, the playground's own decoder, and the lab. The expected answer is the
// reference catalogue's query.InvalidClientTokenId.bad-session-token (no final period), written out here.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { DEFAULT_HOME, resolveCredentials } from "../../../../src/credentialChain/index.ts";
import { createPlaygroundHandoff } from "../../../../src/components/credentials/createPlaygroundHandoff.ts";
import { maskSecrets } from "../../../../src/components/credentials/maskSecrets.ts";
import { parseEnvText } from "../../../../src/components/credentials/parseEnvText.ts";
import { createDefaultWorld, EXAMPLE_SERVER_NOW, runScenario } from "../../../../src/lab/index.ts";
import { parseShareLink, restoreCredentials } from "../../../../src/playgroundState/index.ts";

const examples = createDefaultWorld(new Date(EXAMPLE_SERVER_NOW)).identities.map(({ accessKeyId, secretAccessKey, sessionToken }) => ({
  accessKeyId,
  secretAccessKey,
  ...(sessionToken ? { sessionToken } : {}),
}));

async function answerOf(href: string) {
  const link = parseShareLink(href.slice("/play/".length));
  assert.ok(link?.ok && link.version === 1, `not a v1 playground link: ${href}`);
  const { credentials, notes } = restoreCredentials(link.payload.credentials, { examples, presetScenario: null });
  const run = await runScenario({ ...link.payload.scenario, credentials });
  assert.ok(!("error" in run));
  return { code: run.verdict.outcome, message: run.verdict.message, status: run.response.status, notes, credentials };
}

describe("createPlaygroundHandoff", () => {
  it("hands a stale session token beside new long-term keys to the playground, which shows InvalidClientTokenId", async () => {
    const vault: string[] = [];
    const text = maskSecrets(
      "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nAWS_SESSION_TOKEN=sigfix-expired-session-token-EXAMPLE\nAWS_REGION=us-east-1",
      "env",
      vault,
    );
    const { env } = parseEnvText(text);
    const result = resolveCredentials("js-v3", { env, home: DEFAULT_HOME, files: {}, now: "2026-06-01T12:00:00Z" });
    const handoff = createPlaygroundHandoff(result, { env, files: {} }, vault, examples);
    assert.ok(handoff.ok);
    assert.doesNotMatch(handoff.href, /wJalr|sigfix-expired-session-token/);
    const answer = await answerOf(handoff.href);
    assert.deepEqual(answer.credentials, {
      accessKeyId: "AKIAIOSFODNN7EXAMPLE",
      secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      sessionToken: "sigfix-expired-session-token-EXAMPLE",
    });
    assert.deepEqual({ code: answer.code, message: answer.message, status: answer.status }, {
      code: "InvalidClientTokenId",
      message: "The security token included in the request is invalid",
      status: 403,
    });
  });

  it("finds the winning profile's secret in the credentials file, and signs in the profile's region", async () => {
    const vault: string[] = [];
    const credentials = maskSecrets("[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n", "ini", vault);
    const files = { [`${DEFAULT_HOME}/.aws/credentials`]: credentials, [`${DEFAULT_HOME}/.aws/config`]: "[default]\nregion = eu-west-1\n" };
    const result = resolveCredentials("js-v3", { env: {}, home: DEFAULT_HOME, files, now: "2026-06-01T12:00:00Z" });
    const handoff = createPlaygroundHandoff(result, { env: {}, files }, vault, examples);
    assert.ok(handoff.ok);
    const answer = await answerOf(handoff.href);
    assert.equal(answer.credentials.secretAccessKey, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    assert.equal(answer.code, "ok");
  });

  it("never puts a typed secret in the link: the playground is told it was left out", async () => {
    const vault: string[] = [];
    const text = maskSecrets("AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=myOwnTypedSecretValue1234567890abcdefghij", "env", vault);
    const { env } = parseEnvText(text);
    const result = resolveCredentials("js-v3", { env, home: DEFAULT_HOME, files: {}, now: "2026-06-01T12:00:00Z" });
    const handoff = createPlaygroundHandoff(result, { env, files: {} }, vault, examples);
    assert.ok(handoff.ok);
    assert.doesNotMatch(decodeURIComponent(handoff.href), /myOwnTypedSecret/);
    assert.deepEqual(handoff.leftOut, ["the secret access key you typed"]);
  });

  it("says why there is nothing to sign when nothing resolves", () => {
    const result = resolveCredentials("js-v3", { env: { AWS_EC2_METADATA_DISABLED: "true" }, home: DEFAULT_HOME, files: {}, now: "2026-06-01T12:00:00Z" });
    const handoff = createPlaygroundHandoff(result, { env: {}, files: {} }, [], examples);
    assert.deepEqual(handoff, { ok: false, reason: "Nothing resolves for this SDK, so there is nothing to sign with: the SDK stops before any request." });
  });
});
