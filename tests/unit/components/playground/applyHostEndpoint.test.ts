import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { applyHostEndpoint, isRegionName } from "../../../../src/components/playground/applyHostEndpoint.ts";
import { createDefaultScenario, EXAMPLE_SERVER_NOW } from "../../../../src/lab/index.ts";

const sts = (overrides = {}) => ({ ...createDefaultScenario("sts", EXAMPLE_SERVER_NOW), ...overrides });
const withHost = (host: string) => sts({ request: `POST / HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\nAction=GetCallerIdentity&Version=2011-06-15` });

describe("applyHostEndpoint", () => {
  it("takes the endpoint's region from the Host, not from the region the client signs for", () => {
    const { scenario, endpoint } = applyHostEndpoint(sts({ region: "eu-west-3" }));
    assert.equal(scenario.region, "eu-west-3");
    assert.equal(scenario.endpointRegion, "us-east-1");
    assert.deepEqual(endpoint, { host: "sts.us-east-1.amazonaws.com", service: "sts", region: "us-east-1", regionFrom: "host" });
  });

  it("follows a Host edited to another region (the mirror case)", () => {
    const { scenario } = applyHostEndpoint(withHost("sts.eu-west-3.amazonaws.com"));
    assert.equal(scenario.region, "us-east-1");
    assert.equal(scenario.endpointRegion, "eu-west-3");
  });

  it("answers a global endpoint as us-east-1", () => {
    assert.equal(applyHostEndpoint(withHost("sts.amazonaws.com")).endpoint?.regionFrom, "global");
    assert.equal(applyHostEndpoint(withHost("sts.amazonaws.com")).scenario.endpointRegion, "us-east-1");
  });

  it("says when the Host is not an AWS name", () => {
    assert.equal(applyHostEndpoint(withHost("localhost:8000")).endpoint?.regionFrom, "not-aws");
  });

  it("makes AWS the service the Host names while the client keeps signing for its own", () => {
    const { scenario, endpoint } = applyHostEndpoint(withHost("iam.amazonaws.com"));
    assert.equal(endpoint?.service, "iam");
    assert.equal(scenario.service, "iam");
    assert.equal(scenario.signingService, "sts");
  });

  it("lets DynamoDB Local take any region", () => {
    const local = { ...createDefaultScenario("dynamodb", EXAMPLE_SERVER_NOW), region: "eu-west-3", endpointMode: "dynamodb-local" as const };
    assert.equal(applyHostEndpoint(local).scenario.endpointRegion, "eu-west-3");
  });

  it("returns a request that does not parse unchanged", () => {
    const broken = sts({ request: "GET / HTTP/1.1\r\nno colon\r\n\r\n" });
    assert.deepEqual(applyHostEndpoint(broken), { scenario: broken, endpoint: null });
  });
});

describe("isRegionName", () => {
  it("accepts AWS's region names and refuses others", () => {
    for (const region of ["us-east-1", "eu-west-3", "ap-southeast-4", "us-gov-west-1", "cn-north-1", "us-isob-east-1"]) assert.equal(isRegionName(region), true, region);
    for (const region of ["", "not-a-region", "us_east_1", "US-EAST-1", "us-east", "constructor"]) assert.equal(isRegionName(region), false, region);
  });
});
