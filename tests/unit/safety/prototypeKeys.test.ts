import assert from "node:assert/strict";
import { describe, it } from "node:test";
import LZString from "lz-string";
import { answerRequest, createDefaultScenario, createDefaultWorld, inferEndpoint, parseRawRequest, runScenario } from "../../../src/lab/index.ts";
import type { Endpoint } from "../../../src/lab/index.ts";
import { toSmithyRequest } from "../../../src/lab/sign/toSmithyRequest.ts";
import { parseShareLink } from "../../../src/playgroundState/parseShareLink.ts";
import { routeRequest } from "../../../src/mock/routeRequest.ts";
import { handleExchange } from "../../../src/mock/handleExchange.ts";
import type { MockState } from "../../../src/mock/handleExchange.ts";
import { createIssuedIdentities } from "../../../src/mock/createIssuedIdentities.ts";
import { parseAwsHost } from "../../../src/diagnose/parseAwsHost.ts";
import { diagnoseText } from "../../../src/diagnose/diagnoseText.ts";
import { SAMPLE_INDEX } from "../diagnose/sampleGuideIndex.ts";

// Every name an object inherits: each one once crashed or misrouted something keyed by user input (issue 13).
const NAMES = Object.getOwnPropertyNames(Object.prototype);
const NOW = new Date("2026-01-15T12:00:00Z");

const v1Link = (presetService: string | null, service: string) =>
  `#v1=${LZString.compressToEncodedURIComponent(JSON.stringify({
    preset: presetService === null ? null : { service: presetService, faults: [] },
    scenario: { request: "GET / HTTP/1.1\nHost: h\n\n", service, region: "us-east-1", clockSkewSeconds: 0, mode: "header", endpointMode: "aws", serverNow: "2026-01-15T12:00:00Z" },
    credentials: { accessKeyId: { omitted: true }, secretAccessKey: { omitted: true } },
    tokenState: "valid",
  }))}`;

describe("every Object.prototype name as input", () => {
  it("is the full list (12 names, __proto__ and constructor among them)", () => {
    assert.ok(NAMES.includes("__proto__") && NAMES.includes("constructor") && NAMES.includes("toString"));
  });

  for (const name of NAMES) {
    it(`#preset=${name} is refused with a note, not taken for a service`, () => {
      const link = parseShareLink(`#preset=${name}`);
      assert.equal(link?.ok, false);
      assert.match(link && !link.ok ? link.note : "", /is not a service the lab knows/);
      const withFault = parseShareLink(`#preset=sts,${name}`);
      assert.ok(withFault !== null);
    });

    it(`a v1 link whose preset.service or scenario.service is ${name} is refused with a note`, () => {
      for (const link of [parseShareLink(v1Link(name, "sts")), parseShareLink(v1Link(null, name))]) {
        assert.equal(link?.ok, false);
        assert.match(link && !link.ok ? link.note : "", /service/);
      }
    });

    it(`runScenario refuses service ${name} with a message`, async () => {
      const scenario = { ...createDefaultScenario("sts", "2026-01-15T12:00:00Z"), service: name as never };
      const run = await runScenario(scenario);
      assert.ok("error" in run && /Unknown service/.test(run.error));
    });

    it(`the mock routes Version=${name} to STS and answers without an internal error`, () => {
      const request = { method: "GET", target: `/?Action=GetCallerIdentity&Version=${encodeURIComponent(name)}`, httpVersion: "HTTP/1.1", headers: [{ name: "Host", value: "localhost" }], body: new Uint8Array() };
      assert.equal(routeRequest(request, "aws").service, "sts");
      const state: MockState = { region: "us-east-1", mode: "aws", identities: createDefaultWorld(NOW).identities, issued: createIssuedIdentities(), optInRegions: [], clockOffsetSeconds: 0, clock: () => NOW.getTime() };
      const exchange = handleExchange(request, state);
      assert.ok(exchange.response.status < 500, `status ${exchange.response.status}`);
    });

    it(`the lab reads a header, query parameter and access key named ${name} as data`, () => {
      const text = `GET /?${encodeURIComponent(name)}=${encodeURIComponent(name)} HTTP/1.1\r\nHost: ${name}\r\n${name}: ${name}\r\nAuthorization: AWS4-HMAC-SHA256 Credential=${name}/20260115/us-east-1/${name}/aws4_request, SignedHeaders=host;${name.toLowerCase()}, Signature=00\r\nX-Amz-Date: 20260115T120000Z\r\n\r\n`;
      const parsed = parseRawRequest(text);
      assert.ok(parsed.ok, parsed.ok ? "" : parsed.error);
      const endpoint = inferEndpoint(parsed.request, {});
      const answer = answerRequest(parsed.request, { service: endpoint.service as Endpoint["service"], region: endpoint.region, mode: "aws" }, createDefaultWorld(NOW), "req");
      assert.ok(answer.verdict.status >= 400 && answer.verdict.status < 500, `${answer.verdict.status}`);
      assert.equal(toSmithyRequest(parsed.request, { normalizePath: true }).headers[name], name);
    });

    it(`/diagnose/ reads ${name} as a host, a code and a paste`, () => {
      assert.doesNotThrow(() => parseAwsHost(name));
      assert.equal(parseAwsHost(name).region, undefined);
      for (const text of [name, `<Code>${name}</Code><Message>${name}</Message>`, `{"__type":"${name}","message":"${name}"}`, `An error occurred (${name}) when calling the ${name} operation: ${name}`]) {
        assert.doesNotThrow(() => diagnoseText(text, { now: NOW, guides: SAMPLE_INDEX }));
      }
    });
  }
});
