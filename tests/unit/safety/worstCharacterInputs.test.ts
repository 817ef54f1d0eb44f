import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { answerRequest, createDefaultWorld, extractCanonicalRequest, parseRawRequest } from "../../../src/lab/index.ts";
import { toSmithyRequest } from "../../../src/lab/sign/toSmithyRequest.ts";
import { parseXmlErrorBody } from "../../../src/diagnose/parseXmlErrorBody.ts";
import { getPastedHeader, getPastedStatus } from "../../../src/diagnose/getPastedHeader.ts";
import { getMessageShape } from "../../../src/diagnose/getMessageShape.ts";
import { parseSdkErrorLine } from "../../../src/diagnose/parseSdkErrorLine.ts";
import { validateStsParameters } from "../../../src/mock/validateStsParameters.ts";
import { issueTemporaryCredentials } from "../../../src/mock/issueTemporaryCredentials.ts";
import { routeRequest } from "../../../src/mock/routeRequest.ts";
import { parseIniBotocore, pyStrip } from "../../../src/credentialChain/ini/parseIniBotocore.ts";
import { filterRequestText } from "../../../src/playgroundState/filterRequestText.ts";
import { parseShareLink } from "../../../src/playgroundState/parseShareLink.ts";
import { escapeForTerminal, formatProblemLine } from "../../../src/cli/escapeForTerminal.ts";
import { diagnoseText } from "../../../src/diagnose/diagnoseText.ts";
import { SAMPLE_INDEX } from "../diagnose/sampleGuideIndex.ts";
import { meterStringWork, MIB } from "../../support/meterStringWork.ts";

/** Work allowed per input character: a handful of passes, whatever the input. Quadratic work is ~MIB per character. */
const PASSES = 40;
const SIGNED = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";
const run = <T>(f: () => T) => meterStringWork(f);

function withinBudget(input: string, f: (text: string) => unknown) {
  const { chars } = run(() => f(input));
  assert.ok(chars <= PASSES * input.length, `read ${chars} characters for an input of ${input.length} (budget ${PASSES}×)`);
}

const request = (head: string) => `${head}\r\nHost: example.amazonaws.com\r\nX-Amz-Date: 20150830T123600Z\r\nAuthorization: ${SIGNED}\r\n\r\n`;
const answer = (text: string) => {
  const parsed = parseRawRequest(text);
  if (parsed.ok) answerRequest(parsed.request, { service: "sts", region: "us-east-1", mode: "aws" }, createDefaultWorld(new Date("2015-08-30T12:36:00Z")), "req-1");
  return parsed;
};

// Every case: 1 MiB of the character that made the old parser rescan, then one character that stops a match.
describe("the lab's parsers on 1 MiB of their worst character", () => {
  const cases: Array<[string, string]> = [
    ["spaces inside a header value", request(`GET / HTTP/1.1\r\nX-Pad: a${" ".repeat(MIB)}b`)],
    ["tabs on a continuation line", request(`GET / HTTP/1.1\r\nX-Pad: a\r\n\t${"\t".repeat(MIB)}b`)],
    ["spaces in the request target", `GET /${" ".repeat(MIB)}x HTTP/1.1\r\nHost: h\r\n\r\n`],
    ["line feeds between headers", `GET / HTTP/1.1\r\nHost: h${"\n".repeat(MIB)}X: y\r\n\r\n`],
    ["carriage returns in a header", request(`GET / HTTP/1.1\r\nX-Pad: ${"\r".repeat(MIB)}x`)],
    ["slashes in the Credential", `GET / HTTP/1.1\r\nHost: h\r\nX-Amz-Date: 20150830T123600Z\r\nAuthorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE${"/".repeat(MIB)}x, SignedHeaders=host, Signature=00\r\n\r\n`],
    ["spaces in a repeated header (the signer's join)", request(`GET / HTTP/1.1\r\nX-A: a${" ".repeat(MIB / 2)}b\r\nX-A: c${" ".repeat(MIB / 2)}d`)],
  ];
  for (const [name, text] of cases) {
    it(`parses and answers a request with ${name} in linear work`, () => {
      withinBudget(text, (t) => {
        const parsed = answer(t);
        if (parsed.ok) toSmithyRequest(parsed.request, { normalizePath: true });
      });
    });
  }

  it("keeps what the fast path must keep: trailing spaces trimmed, inner ones kept", () => {
    const parsed = parseRawRequest(`GET /a  HTTP/1.1\r\nX-Pad:   a  b \t\r\n\r\n`);
    assert.ok(parsed.ok);
    assert.equal(parsed.request.target, "/a");
    assert.deepEqual(parsed.request.headers, [{ name: "X-Pad", value: "a  b" }]);
  });

  const pastes: Array<[string, string]> = [
    ["line feeds", "\n".repeat(MIB) + "x"],
    ["unclosed <CanonicalRequest> tags", "<CanonicalRequest>".repeat(MIB / 18)],
    ["line feeds after AWS's 'should have been' quote", `The Canonical String for this request should have been\n'${"\n".repeat(MIB)}x`],
    ["hex pairs", "ab ".repeat(MIB / 3) + "zz"],
  ];
  for (const [name, text] of pastes) {
    it(`extracts a canonical request from 1 MiB of ${name} in linear work`, () => withinBudget(text, extractCanonicalRequest));
  }
});

describe("/diagnose/'s parsers on 1 MiB of their worst character", () => {
  const cases: Array<[string, string, (t: string) => unknown]> = [
    ["unclosed <Code> tags", "<Code>".repeat(MIB / 6), parseXmlErrorBody],
    ["a run of capital letters", "<" + "A".repeat(MIB), parseXmlErrorBody],
    ["unclosed <Response tags", "<Response".repeat(MIB / 9), parseXmlErrorBody],
    ["spaces after a header name", `x-amz-request-id:${" ".repeat(MIB)}x\n`, (t) => getPastedHeader(t, "x-amz-request-id")],
    ["line feeds before a status line", "\n".repeat(MIB) + "HTTX", getPastedStatus],
    ["trailing spaces in a message", `a${" ".repeat(MIB)}b`, getMessageShape],
    ["spaces after an exception name", `x Exception:${" ".repeat(MIB)}x (Service: STS`, (t) => parseSdkErrorLine(t, () => true)],
  ];
  for (const [name, text, parse] of cases) {
    it(`reads ${name} in linear work`, () => withinBudget(text, parse));
  }
});

describe("the credential chain's INI reader on 1 MiB of spaces", () => {
  const cases: Array<[string, string]> = [
    ["a key followed by spaces and no separator", `[default]\nkey${" ".repeat(MIB)}x\n`],
    ["spaces after the separator, then a line separator", `[default]\nkey =${" ".repeat(MIB)}\u2028x\n`],
    ["a value with a long inner run of spaces", `[default]\nkey = a${" ".repeat(MIB)}b\n`],
  ];
  for (const [name, text] of cases) {
    it(`reads ${name} in linear work`, () => withinBudget(text, parseIniBotocore));
  }
  it("strips as Python's str.strip does, inner runs kept", () => {
    assert.equal(pyStrip(" \t a  b \u3000"), "a  b");
    assert.equal(pyStrip(`a${" ".repeat(MIB)}b`).length, MIB + 2);
  });
});

describe("the mock's STS parameters on 1 MiB values", () => {
  const caller = createDefaultWorld(new Date(0)).identities[0]!;
  const params = (o: Record<string, string>) => new URLSearchParams(o);
  it("refuses a 1 MiB RoleSessionName in linear work, with STS's length error", () => {
    const p = params({ RoleArn: "arn:aws:iam::123456789012:role/demo", RoleSessionName: "a".repeat(MIB) });
    const { result } = run(() => validateStsParameters("AssumeRole", p));
    assert.equal(result.errors.length, 1);
    assert.match(result.errors[0]!, /at 'roleSessionName' failed to satisfy constraint: Member must have length less than or equal to 64$/);
  });
  it("reads a RoleArn of 1 MiB of ':role/' in linear work", () => {
    const arn = ":role/".repeat(MIB / 6);
    withinBudget(arn, (t) => issueTemporaryCredentials("AssumeRole", params({ RoleArn: t, RoleSessionName: "ok-name" }), caller, new Date(0)));
  });
  it("routes a query with 1 MiB of '&' in linear work", () => {
    const target = `/?Action=GetCallerIdentity${"&".repeat(MIB)}`;
    withinBudget(target, (t) => routeRequest({ method: "GET", target: t, httpVersion: "HTTP/1.1", headers: [], body: new Uint8Array() }, "aws"));
  });
});

describe("share links and the CLI's output on 1 MiB of their worst character", () => {
  const SECRET = "q9Zx7Lm2Pp4Rt6Vv8Bb0Nn1Mm3Kk5Jj7Hh9Gg2Ff";
  const cases: Array<[string, string]> = [
    ["percent signs (token parameter scan)", `GET /?X-Amz-Security-Token=${"%41".repeat(MIB / 3)} HTTP/1.1\n\n`],
    ["base64 characters around a secret's encoding", `POST / HTTP/1.1\n\n${"A".repeat(MIB)}${Buffer.from(SECRET).toString("base64")}${"A".repeat(MIB)}`],
    ["capital letters and digits (key ID scan)", `POST / HTTP/1.1\n\n${"AKIA".repeat(MIB / 4)}`],
    ["secret-name prefixes", `POST / HTTP/1.1\n\n${"secret_access_key=".repeat(MIB / 18)}`],
  ];
  for (const [name, text] of cases) {
    it(`filters request text of ${name} in linear work`, () => withinBudget(text, (t) => filterRequestText(t, { secrets: [SECRET], publicTokens: [], exampleKeyIds: [] })));
  }
  it("refuses a 1 MiB fragment before decompressing it", () => withinBudget(`#v1=${"A".repeat(MIB)}`, parseShareLink));
  it("escapes 1 MiB of ESC and cuts a problem line about it in linear work", () => {
    withinBudget("\u001b".repeat(MIB), (t) => escapeForTerminal(t));
    withinBudget(`f: Header line \`${"\u001b".repeat(MIB)}\` has no colon`, formatProblemLine);
  });
});

// diagnoseText runs every recogniser and every known message over the paste (about a hundred passes), so its
// budget is a growth rate: four times the paste may cost at most six times the characters read (quadratic: 16×).
describe("/diagnose/ on a paste at its limit of one worst character", () => {
  const LIMIT = 256 * 1024;
  const fill = (unit: string, size: number) => unit.repeat(Math.floor(size / unit.length));
  const diagnose = (t: string) => diagnoseText(t, { now: new Date("2026-01-15T12:00:00Z"), guides: SAMPLE_INDEX });
  for (const unit of [" ", "\n", "'", "A", "<Code>", "<Message>", "<Response", "Authorization=", "\"message\":\"", "x-amz-request-id:", "Credential=/", "&X-Amz-", "Exception: "]) {
    it(`diagnoses 256 Ki characters of ${JSON.stringify(unit)} in work that grows linearly`, () => {
      const small = run(() => diagnose(fill(unit, LIMIT / 4))).chars;
      const large = run(() => diagnose(fill(unit, LIMIT))).chars;
      assert.ok(large <= 6 * Math.max(small, 1), `read ${small} characters for 64 Ki, ${large} for 256 Ki (${(large / small).toFixed(1)}×)`);
    });
  }
});
