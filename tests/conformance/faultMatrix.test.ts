/**
 * The fault matrix: each fault × service through runScenario, compared with ../shared/reference/aws-auth-errors.json
 * — code, HTTP status, exact message (the entry's messageTemplate with its placeholders filled) and body shape.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { FAULTS } from "../../src/lab/faults/index.ts";
import type { Fault } from "../../src/lab/faults/index.ts";
import { createDefaultScenario } from "../../src/lab/scenario/createDefaultScenario.ts";
import { runScenario } from "../../src/lab/scenario/runScenario.ts";
import type { ScenarioRun } from "../../src/lab/scenario/runScenario.ts";
import { SERVICES } from "../../src/lab/world/services.ts";
import type { Protocol, Scenario, ServiceId } from "../../src/lab/types.ts";
import { sharedPath } from "../support/sharedDir.ts";

interface Entry {
  id: string;
  code: string;
  httpStatus: number | null;
  messageTemplate: string;
  bodyExample: string | null;
}
const ENTRIES = new Map(
  (JSON.parse(readFileSync(sharedPath("reference", "aws-auth-errors.json"), "utf8")) as { entries: Entry[] }).entries.map((e) => [e.id, e]),
);
const entry = (id: string) => ENTRIES.get(id) ?? assert.fail(`no catalogue entry ${id}`);

const SERVER_NOW = "2024-08-05T06:34:17Z";
const MATRIX_SERVICES: ServiceId[] = ["dynamodb", "sts", "s3", "lambda", "kinesis", "iam", "sqs-query", "ec2"];
const JSON_PROTOCOLS: Protocol[] = ["awsJson1_0", "awsJson1_1", "restJson1", "dynamodbLocal"];

/** yyyyMMddTHHmmssZ, written independently of the lab's formatAmzDate. */
const basic = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/**
 * The code for this protocol. Entries that cover two families list both codes (`A | B`, or with a note in
 * parentheses); JSON protocols take the `…Exception` one, query and XML protocols the other (§4.3–§4.6).
 */
function expectedCode(e: Entry, protocol: Protocol): string {
  const codes = e.code.split("|").map((c) => c.replace(/\(.*\)/, "").trim());
  if (codes.length === 1) return codes[0]!;
  const json = JSON_PROTOCOLS.includes(protocol);
  return codes.find((c) => c.endsWith("Exception") === json) ?? assert.fail(`${e.id}: no code for ${protocol}`);
}

/**
 * Where the catalogue's JSON is contradicted by raw captures, the capture wins, with its source. Reported for a
 * fix in ../shared: the JSON entries list restJson1 beside awsJson with status 400, but Lambda answers 403.
 */
const STATUS_CORRECTIONS: Record<string, number> = {
  // Raw Lambda ListFunctions response, `HTTP/1.1 403 Forbidden`, X-Amzn-Errortype InvalidSignatureException
  // (issue aws/aws-sdk-go#859); Lambda "Signature expired" with statusCode 403 (issue serverless/serverless#27).
  "InvalidSignatureException@restJson1": 403,
};

/**
 * The status. An entry covering two code families gives one `httpStatus` only; there the status is the one of
 * the code's own entry (§4.3: SignatureDoesNotMatch 403 for query services, InvalidSignatureException 400).
 */
function expectedStatus(e: Entry, code: string, protocol: Protocol): number | null {
  const corrected = STATUS_CORRECTIONS[`${code}@${protocol}`];
  if (corrected !== undefined) return corrected;
  if (!e.code.includes("|")) return e.httpStatus;
  if (code === "SignatureDoesNotMatch") return entry("query.SignatureDoesNotMatch").httpStatus;
  if (code === "InvalidSignatureException") return entry("json.InvalidSignatureException").httpStatus;
  return e.httpStatus;
}

/** The messageTemplate with its placeholders filled from the scenario's inputs; optional parts are returned apart. */
function expectedMessage(e: Entry, s: Scenario, run: ScenarioRun): { base: string; optionalDetail: boolean } {
  const spec = SERVICES[s.service];
  const now = Date.parse(s.serverNow);
  const window = spec.skewWindowMinutes * 60_000;
  const requestMs = now + s.clockSkewSeconds * 1000;
  const authorization = run.signed.headers.find((h) => h.name.toLowerCase() === "authorization")?.value ?? "";
  const credential = `${s.credentials.accessKeyId}/${basic(requestMs).slice(0, 8)}/${s.region}/${s.signingService ?? spec.signingName}/aws4_request`;
  let text = e.messageTemplate;
  const optionalDetail = /\[optional[^\]]*\]$/.test(text);
  text = text.replace(/\[optional[^\]]*\]$/, "");
  text = text
    .replace(/\{X-Amz-Date[^}]*\}/g, basic(requestMs))
    .replace(/\{server time - (?:\d+|N) min\}/g, basic(now - window))
    .replace(/\{server time \+ (?:\d+|N) min\}/g, basic(now + window))
    .replace(/\{server time\}/g, basic(now))
    .replace(/ N min\.\)/g, ` ${spec.skewWindowMinutes} min.)`)
    .replace("{region from credential}", s.region)
    .replace("{expected signing name}", spec.signingName)
    .replace("{credential}", credential)
    .replace("{given}", s.region)
    .replace("{bucket region}", s.endpointRegion ?? s.region)
    .replace("{offending token}", /Credential= ([^,]*)/.exec(authorization)?.[1] ?? "")
    .replace("{full Authorization header}", authorization);
  assert.doesNotMatch(text, /\{[^}]*\}/, `${e.id}: a placeholder the matrix does not know how to fill`);
  return { base: text, optionalDetail };
}

const escapeXml = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const header = (run: ScenarioRun, name: string) => run.response.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
const elementNames = (xml: string) => [...xml.replace(/^[\s\S]*?<Error>/, "").matchAll(/<([A-Za-z0-9-]+)>/g)].map((m) => m[1]);

/** The body each protocol sends, as §2 of the catalogue describes it; S3's extra elements follow the entry's bodyExample. */
function assertBodyShape(protocol: Protocol, run: ScenarioRun, s: Scenario, code: string, e: Entry): void {
  const body = run.response.body;
  const message = run.verdict.message;
  switch (protocol) {
    case "awsQuery":
      // SQS's query layout: one line after `<?xml version="1.0"?>`, `<Detail/>` after the message (§2.1, raw body in
      // https://github.com/ex-aws/ex_aws/issues/220).
      if (s.service === "sqs-query") {
        assert.equal(
          body,
          `<?xml version="1.0"?><ErrorResponse xmlns="http://queue.amazonaws.com/doc/2012-11-05/"><Error><Type>Sender</Type><Code>${code}</Code>` +
            `<Message>${escapeXml(message)}</Message><Detail/></Error><RequestId>${header(run, "x-amzn-RequestId")}</RequestId></ErrorResponse>`,
        );
        break;
      }
      assert.equal(
        body,
        `<ErrorResponse xmlns="${SERVICES[s.service].xmlns}">\n  <Error>\n    <Type>Sender</Type>\n    <Code>${code}</Code>\n` +
          `    <Message>${escapeXml(message)}</Message>\n  </Error>\n  <RequestId>${header(run, "x-amzn-RequestId")}</RequestId>\n</ErrorResponse>\n`,
      );
      break;
    case "awsJson1_0":
      assert.equal(body, JSON.stringify({ __type: `com.amazon.coral.service#${code}`, message }));
      break;
    case "awsJson1_1":
      assert.equal(body, JSON.stringify({ __type: code, message }));
      break;
    case "restJson1":
      assert.equal(body, JSON.stringify({ message }));
      assert.equal(header(run, "x-amzn-ErrorType")!.split(":")[0], code);
      break;
    case "ec2Query":
      assert.equal(
        body,
        `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error></Errors>` +
          `<RequestID>${/<RequestID>([^<]*)<\/RequestID>/.exec(body)?.[1]}</RequestID></Response>`,
      );
      break;
    case "dynamodbLocal":
      assert.equal((JSON.parse(body) as { __type: string }).__type.split("#")[1], code);
      assert.equal((JSON.parse(body) as { message: string }).message, message);
      break;
    case "restXml":
      assert.ok(body.startsWith(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${escapeXml(message)}</Message>`), body);
      assert.deepEqual(elementNames(body), elementNames(e.bodyExample ?? ""), "S3 elements and their order");
      break;
    default:
      assert.fail(`no body shape for ${protocol}`);
  }
  const length = header(run, "Content-Length");
  if (length !== undefined) assert.equal(Number(length), Buffer.byteLength(body), "Content-Length");
  assert.equal(header(run, "Date"), new Date(s.serverNow).toUTCString(), "Date header");
}

function skipReason(fault: Fault, service: ServiceId): { reason: string | null; scenario: Scenario; protocol: Protocol } {
  const scenario = fault.apply(createDefaultScenario(service, SERVER_NOW));
  const protocol: Protocol = scenario.endpointMode === "dynamodb-local" ? "dynamodbLocal" : SERVICES[service].protocol;
  const reason =
    fault.notApplicable?.(service) ??
    (fault.expected[protocol] ? null : `the catalogue records no answer for this fault on ${protocol} (${service})`);
  return { reason, scenario, protocol };
}

for (const fault of FAULTS) {
  describe(`fault ${fault.id}`, () => {
    for (const service of MATRIX_SERVICES) {
      const { reason, scenario, protocol } = skipReason(fault, service);
      it(`${service}: ${fault.expected[protocol] ?? "no catalogue entry"}`, { skip: reason ?? false }, async () => {
        const result = await runScenario(scenario);
        if ("error" in result) assert.fail(result.error);
        const e = entry(fault.expected[protocol]!);
        const code = expectedCode(e, protocol);
        assert.equal(result.verdict.outcome, code, "code");
        const status = expectedStatus(e, code, protocol);
        if (status !== null) assert.equal(result.response.status, status, "HTTP status");
        const { base, optionalDetail } = expectedMessage(e, scenario, result);
        if (optionalDetail && result.verdict.message !== base) {
          assert.ok(result.verdict.message.startsWith(`${base}\n\nThe Canonical String for this request should have been\n'`), result.verdict.message);
        } else {
          assert.equal(result.verdict.message, base, "message");
        }
        assertBodyShape(protocol, result, scenario, code, e);
      });
    }
  });
}

describe("the default scenarios", () => {
  for (const service of MATRIX_SERVICES) {
    it(`succeed for ${service}`, async () => {
      const result = await runScenario(createDefaultScenario(service, SERVER_NOW));
      if ("error" in result) assert.fail(result.error);
      assert.equal(result.verdict.outcome, "ok", result.verdict.message);
      assert.equal(result.response.status, 200);
    });
  }
});
