// "Nothing resolves": the model's error equals what each real SDK prints on an empty machine (no keys, no files,
// IMDS switched off). botocore, the AWS CLI and the JS SDK v3 are run here; Go and Java are checked against the
// public captures their entries cite.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { NO_CREDENTIALS_MESSAGES, resolveCredentials, type ChainInput } from "../../../src/credentialChain/index.ts";
import type { ChainCase, SdkOutcome } from "../../support/credentialChain/chainCaseTypes.ts";

const home = mkdtempSync(`${tmpdir()}/sigfix-empty-home-`);
const env = { HOME: home, AWS_EC2_METADATA_DISABLED: "true", AWS_DEFAULT_REGION: "us-east-1", PATH: process.env.PATH ?? "/usr/bin:/bin" };
const input: ChainInput = { env, home, files: {}, now: "2026-12-01T00:00:00Z" };
/** As in the Go and Java captures: nothing configured, not on EC2 (IMDS does not answer), IMDS not switched off. */
const bareInput: ChainInput = { env: { HOME: home }, home, files: {}, now: "2026-12-01T00:00:00Z" };
const emptyCase: ChainCase = { id: "empty", dir: home, env, files: {}, scripts: {}, surroundings: {}, stsKeys: {}, notes: [] };
writeFileSync(`${home}/case.json`, JSON.stringify([emptyCase]));

const runner = fileURLToPath(new URL("../../support/credentialChain/runJsV3Chain.ts", import.meta.url));
const js = spawnSync(process.execPath, [runner, `${home}/case.json`], { encoding: "utf8" });
const [jsOutcome] = JSON.parse(js.stdout) as SdkOutcome[];

const python = spawnSync(
  "python3",
  ["-c", "import botocore.session,sys\ntry:\n    botocore.session.Session().create_client('sts').get_caller_identity()\nexcept Exception as e:\n    print(type(e).__name__); print(e)"],
  { encoding: "utf8", env },
);
const noBotocore = python.status === 0 ? false : `python3 with botocore is not available here (${(python.stderr || String(python.error)).trim().split("\n").at(-1)})`;
const cli = spawnSync("aws", ["sts", "get-caller-identity"], { encoding: "utf8", env: { ...env, PYENV_VERSION: process.env.PYENV_VERSION ?? "", PYENV_ROOT: process.env.PYENV_ROOT ?? "" } });
const noCli = cli.error ? `the AWS CLI is not installed here (${cli.error.message})` : false;
rmSync(home, { recursive: true, force: true });

describe("the texts printed when no credentials resolve", () => {
  it("equal the JS SDK v3's own error, name and message", () => {
    assert.deepEqual(jsOutcome.error, { name: NO_CREDENTIALS_MESSAGES["js-v3"].name, message: NO_CREDENTIALS_MESSAGES["js-v3"].message });
    assert.deepEqual(resolveCredentials("js-v3", input).error, jsOutcome.error);
  });
  it("equal botocore's own exception, class and message", { skip: noBotocore }, () => {
    const [name, message] = python.stdout.trim().split("\n");
    assert.deepEqual({ name, message }, { name: NO_CREDENTIALS_MESSAGES.botocore.name, message: NO_CREDENTIALS_MESSAGES.botocore.message });
    assert.deepEqual(resolveCredentials("botocore", input).error, { name, message });
  });
  it("equal the AWS CLI's line", { skip: noCli }, () => {
    assert.equal(cli.status, 255);
    assert.equal(cli.stderr.trim(), NO_CREDENTIALS_MESSAGES.botocore.awsCli);
  });
  it("equal the public capture of Java SDK v2's chain error (aws/aws-msk-iam-auth#195, EKS guides)", () => {
    // https://github.com/aws/aws-msk-iam-auth/issues/195 (the start) and the EKS Pod Identity workshop capture (the end).
    const message = NO_CREDENTIALS_MESSAGES["java-v2"].message;
    assert.ok(message.startsWith("Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain(credentialsProviders=[SystemPropertyCredentialsProvider(), EnvironmentVariableCredentialsProvider(), WebIdentityTokenCredentialsProvider(), ProfileCredentialsProvider(profileName=default, profileFile=ProfileFile(sections=[])), ContainerCredentialsProvider(), InstanceProfileCredentialsProvider()]) : [SystemPropertyCredentialsProvider(): Unable to load credentials from system settings. Access key must be specified either via environment variable (AWS_ACCESS_KEY_ID) or system property (aws.accessKeyId)."));
    assert.ok(message.endsWith("ContainerCredentialsProvider(): Cannot fetch credentials from container - neither AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI environment variables are set., InstanceProfileCredentialsProvider(): Failed to load credentials from IMDS.]"));
    assert.deepEqual(resolveCredentials("java-v2", bareInput).error, { name: "SdkClientException", message });
  });
  it("equal the public capture of Go SDK v2's error (stackoverflow.com/questions/78036500)", () => {
    const { printed } = NO_CREDENTIALS_MESSAGES["go-v2"];
    assert.ok(printed.includes("get identity: get credentials: failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata"));
    const error = resolveCredentials("go-v2", bareInput).error;
    assert.equal(error?.name, NO_CREDENTIALS_MESSAGES["go-v2"].name);
    assert.equal(error?.message, "failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, request canceled, context deadline exceeded");
  });
});
