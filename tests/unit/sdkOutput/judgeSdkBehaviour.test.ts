import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getSdkOutputs } from "../../../src/sdkOutput/index.ts";
import type { SdkFailure, SdkId } from "../../../src/sdkOutput/index.ts";
import { DYNAMODB_WRONG_SECRET, S3_SKEWED, STS_EXPIRED } from "./fixtures.ts";

const retries = (f: SdkFailure) => Object.fromEntries(getSdkOutputs(f).map((o) => [o.id, o.behaviour.retries])) as Record<SdkId, boolean>;

describe("judgeSdkBehaviour", () => {
  it("has JS v3, Java v2, Go v2 and .NET correct a 20-minute skew and retry, and never botocore or the CLI", () => {
    assert.deepEqual(retries(S3_SKEWED), { botocore: false, "aws-cli-v1": false, "aws-cli-v2": false, "js-v3": true, "java-v2": true, "go-v2": true, dotnet: true });
  });
  it("gives the skew the corrected client signs with next: 0", () => {
    const js = getSdkOutputs(S3_SKEWED).find((o) => o.id === "js-v3")!;
    assert.equal(js.behaviour.correctedSkewSeconds, 0);
    assert.equal(getSdkOutputs(S3_SKEWED)[0]!.behaviour.correctedSkewSeconds, null);
  });
  it("retries nothing for a wrong secret with clocks in step", () => {
    assert.deepEqual(retries(DYNAMODB_WRONG_SECRET), { botocore: false, "aws-cli-v1": false, "aws-cli-v2": false, "js-v3": false, "java-v2": false, "go-v2": false, dotnet: false });
  });
  it("has every correcting SDK retry DynamoDB's Signature expired for a client 20 minutes behind", () => {
    const f: SdkFailure = { ...DYNAMODB_WRONG_SECRET, body: '{"__type":"com.amazon.coral.service#InvalidSignatureException","message":"Signature expired: 20260115T114000Z is now earlier than 20260115T114500Z (20260115T120000Z - 15 min.)"}', clientSkewSeconds: -1200 };
    assert.deepEqual(retries(f), { botocore: false, "aws-cli-v1": false, "aws-cli-v2": false, "js-v3": true, "java-v2": true, "go-v2": true, dotnet: true });
  });
  it("has Go v2 retry only strictly past 4 minutes, Java v2 from 4 minutes", () => {
    const f: SdkFailure = { ...DYNAMODB_WRONG_SECRET, clientSkewSeconds: -240 };
    assert.equal(retries(f)["go-v2"], false);
    assert.equal(retries(f)["java-v2"], true);
  });
  it("has Java v2 treat a 403 as possible skew only past 4 minutes", () => {
    assert.equal(retries({ ...STS_EXPIRED, clientSkewSeconds: -300 })["java-v2"], true);
    assert.equal(retries({ ...STS_EXPIRED, clientSkewSeconds: -200 })["java-v2"], false);
  });
  it("needs a server time to correct from", () => {
    const noDate = { ...S3_SKEWED, headers: S3_SKEWED.headers.filter(([k]) => k !== "Date"), body: S3_SKEWED.body.replace(/<ServerTime>[^<]*<\/ServerTime>/, "") };
    assert.equal(retries(noDate)["js-v3"], false);
    assert.equal(retries(noDate)["go-v2"], false);
  });
});
