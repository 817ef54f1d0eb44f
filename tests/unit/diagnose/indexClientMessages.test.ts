// Client-side credential errors (no HTTP response) are recognised on /diagnose/ from the guides' own frontmatter.
// The pastes are literal: captured from botocore 1.43.11, the AWS CLI 1.45.11 and JS v3 3.972.98, or quoted in
// the cited public threads.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createGuideIndex } from "../../../src/diagnose/createGuideIndex.ts";
import { diagnoseText } from "../../../src/diagnose/diagnoseText.ts";
import { indexClientMessages } from "../../../src/diagnose/indexClientMessages.ts";
import { guideSchema } from "../../../src/schemas/guide.ts";
import { readGuides } from "../../support/readGuides.ts";

const entries = readGuides("errors").map((g) => ({ id: `errors/${g.slug}`, data: { title: g.frontmatter.title, guide: guideSchema.parse(g.frontmatter.guide) } }));
const guides = createGuideIndex(entries);
const diagnose = (text: string) => diagnoseText(text, { now: new Date("2026-06-01T12:00:00Z"), guides });

describe("indexClientMessages", () => {
  it("turns a client message into an index row with no HTTP status", () => {
    const rows = indexClientMessages({ clientMessages: [{ sdk: "botocore", code: "NoCredentialsError", message: "Unable to locate credentials", meaning: "m", shortLink: true }] });
    assert.deepEqual(rows, [{ code: "NoCredentialsError", message: "Unable to locate credentials", status: 0, protocol: "client", meaning: "m", shortLink: true }]);
  });

  it("gives a message without a code a code no paste contains, and no short link", () => {
    const [row] = indexClientMessages({ clientMessages: [{ sdk: "go-v2", message: "no EC2 IMDS role found", meaning: "m", shortLink: true }] });
    assert.equal(row!.code, "go-v2-no-code");
    assert.equal(row!.shortLink, false);
  });
});

describe("diagnosing client-side credential errors", () => {
  const cases: Array<[string, string, string, string?]> = [
    ["botocore", "botocore.exceptions.NoCredentialsError: Unable to locate credentials", "no-credentials-found", "nothing-configured"],
    ["AWS CLI", 'Unable to locate credentials. You can configure credentials by running "aws configure".', "no-credentials-found"],
    ["JS v3", "CredentialsProviderError: Could not load credentials from any providers", "no-credentials-found", "nothing-configured"],
    ["Go v1", "NoCredentialProviders: no valid providers in chain. Deprecated.", "no-credentials-found"],
    [
      "Go v2 (stackoverflow question quoted by a public repo)",
      "operation error Secrets Manager: GetSecretValue, get identity: get credentials: failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, request canceled, context deadline exceeded",
      "imds-unreachable",
    ],
    [
      "Java 2.x",
      "software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain(credentialsProviders=[SystemPropertyCredentialsProvider(), EnvironmentVariableCredentialsProvider()]) : [SystemPropertyCredentialsProvider(): Unable to load credentials from system settings.]",
      "no-credentials-found",
    ],
    ["botocore profile", "botocore.exceptions.ProfileNotFound: The config profile (prod) could not be found", "profile-not-found", "profile-missing-on-this-machine"],
    ["AWS CLI SSO", "Error when retrieving token from sso: Token has expired and refresh failed", "sso-session-expired", "token-expired"],
    ["Go v1 SSO", "SSOProviderInvalidToken: the SSO session has expired or is invalid", "sso-session-expired"],
    [
      "botocore web identity (treeverse/dvc.org#5273)",
      "An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com",
      "invalid-identity-token",
    ],
  ];
  for (const [who, text, slug, cause] of cases) {
    it(`finds ${slug} for ${who}`, () => {
      const d = diagnose(text);
      assert.equal(d.guide?.slug, slug, `${d.headline}`);
      if (cause) assert.equal(d.guide?.causes[0]?.causeId, cause);
    });
  }

  it("does not take unrelated text for a client-side error", () => {
    assert.equal(diagnose("Error: connect ECONNREFUSED 127.0.0.1:5432").guide, undefined);
  });
});
