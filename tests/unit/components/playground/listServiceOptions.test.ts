import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { filterServiceOptions, listServiceOptions } from "../../../../src/components/playground/listServiceOptions.ts";

describe("listServiceOptions", () => {
  const options = listServiceOptions();

  it("lists every registry service once, each with its protocol and skew window", () => {
    assert.ok(options.length > 400, `${options.length} services`);
    assert.equal(new Set(options.map((o) => o.value)).size, options.length);
    assert.equal(options.find((o) => o.value === "lambda")?.label, "Lambda · restJson1 · 5 min");
    assert.equal(options.find((o) => o.value === "logs")?.label, "CloudWatch Logs · logs · awsJson1_1 · 15 min");
    assert.equal(options.find((o) => o.value === "sqs-query")?.label, "SQS (query protocol) · sqs-query · awsQuery · 15 min");
  });

  it("sorts by what the reader sees", () => {
    const labels = options.map((o) => o.label);
    assert.deepEqual(labels, [...labels].sort((a, b) => a.localeCompare(b, "en")));
  });
});

describe("filterServiceOptions", () => {
  const options = listServiceOptions();
  const values = (query: string) => filterServiceOptions(options, query).map((o) => o.value);

  it("finds a service by its title, its CLI name, its signing name or its protocol, every word counting", () => {
    assert.ok(values("secrets").includes("secretsmanager"));
    assert.ok(values("monitoring").includes("cloudwatch"));
    assert.deepEqual(values("sqs awsJson1_0"), ["sqs"]);
    assert.ok(values("execute-api").includes("apigatewaymanagementapi"));
    assert.ok(values("secrets json 1.1").includes("secretsmanager"));
  });

  it("keeps everything for an empty query and nothing for a name no service has", () => {
    assert.equal(values("  ").length, options.length);
    assert.deepEqual(values("no-such-service-anywhere"), []);
  });

  it("survives a huge paste and Object.prototype names", () => {
    assert.deepEqual(values("a".repeat(1_000_000)), []);
    assert.deepEqual(values("constructor __proto__"), []);
  });
});
