// Every service of the registry, end to end: its sample request, signed by the AWS SDK's own signer
// (@smithy/signature-v4), verifies with the default key; a wrong secret is answered in the service's own protocol
// with its family's code and status; a scope signed for another service's name is refused.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { answerRequest } from "../../src/lab/answerRequest.ts";
import { createSampleRequest } from "../../src/lab/scenario/createDefaultScenario.ts";
import { signWithSmithy } from "../../src/lab/sign/signWithSmithy.ts";
import type { LabRequest, LabResponse } from "../../src/lab/types.ts";
import { createDefaultWorld } from "../../src/lab/world/defaultWorld.ts";
import { EXTRA_ROWS } from "../../src/lab/world/registry/extraRows.ts";
import { SERVICE_TABLE } from "../../src/lab/world/registry/serviceTable.generated.ts";
import type { ServiceRow } from "../../src/lab/world/registry/types.ts";
import { parseRequest } from "../support/parseRequest.ts";

const NOW = new Date("2026-01-15T12:00:00Z");
const WORLD = createDefaultWorld(NOW);
const KEY = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
const SIGNATURE_MISMATCH =
  "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

/** The code and status of a signature mismatch per family (../shared/reference §4.3; SQS JSON: query-era codes). */
function expectedMismatch(row: ServiceRow): { code: string; status: number } {
  if (row.id === "s3") return { code: "SignatureDoesNotMatch", status: 403 };
  if (row.queryCompatible) return { code: "SignatureDoesNotMatch", status: 403 };
  switch (row.protocol) {
    case "awsJson1_0":
    case "awsJson1_1":
      return { code: "InvalidSignatureException", status: 400 };
    case "restJson1":
      return { code: "InvalidSignatureException", status: 403 };
    default:
      return { code: "SignatureDoesNotMatch", status: 403 };
  }
}

const header = (res: LabResponse, name: string) => res.headers.find(([n]) => n.toLowerCase() === name)?.[1];

/** The response is in the row's protocol and carries `code`: the wire shapes of ../shared/reference §2. */
function assertProtocol(row: ServiceRow, res: LabResponse, code: string): void {
  switch (row.protocol) {
    case "awsJson1_0":
    case "awsJson1_1": {
      assert.equal(header(res, "content-type"), `application/x-amz-json-${row.protocol === "awsJson1_0" ? "1.0" : "1.1"}`);
      const body = JSON.parse(res.body) as { __type: string; message: string };
      assert.equal(body.__type.slice(body.__type.indexOf("#") + 1), code);
      if (row.queryCompatible) assert.equal(header(res, "x-amzn-query-error"), `${code};Sender`);
      break;
    }
    case "restJson1":
      assert.equal(header(res, "content-type"), "application/json");
      assert.equal(header(res, "x-amzn-errortype")?.split(":")[0], code);
      assert.deepEqual(Object.keys(JSON.parse(res.body)), ["message"]);
      break;
    case "ec2Query":
      assert.match(res.body, new RegExp(`^<\\?xml version="1.0" encoding="UTF-8"\\?>\\n<Response><Errors><Error><Code>${code}</Code>`));
      break;
    case "restXml":
      if (row.id === "s3") {
        assert.match(res.body, new RegExp(`<Error><Code>${code}</Code>`));
        break;
      }
    // falls through: REST-XML services other than S3 answer query-style ErrorResponse bodies
    case "awsQuery":
      assert.ok(row.xmlNamespace, "the model names the service's XML namespace");
      assert.ok(res.body.includes(`<ErrorResponse xmlns="${row.xmlNamespace ?? ""}">`), res.body.slice(0, 120));
      assert.ok(res.body.includes(`<Code>${code}</Code>`), res.body.slice(0, 200));
      break;
  }
}

async function sign(row: ServiceRow, secret: string, signingName = row.signingName, region = "us-east-1"): Promise<LabRequest> {
  const s3 = row.id === "s3";
  return signWithSmithy(parseRequest(createSampleRequest(row.id)), {
    service: signingName,
    region,
    credentials: { ...KEY, secretAccessKey: secret },
    signingDate: NOW,
    mode: "header",
    normalizePath: !s3,
    applyChecksum: s3,
  });
}

const endpoint = (row: ServiceRow) => ({ service: row.id, region: "us-east-1", mode: "aws" as const });

for (const row of [...SERVICE_TABLE, ...EXTRA_ROWS]) {
  describe(`registry service ${row.id} (${row.protocol}, signs as ${row.signingName})`, () => {
    it("verifies its sample request signed with the default key", async () => {
      const answer = answerRequest(await sign(row, KEY.secretAccessKey), endpoint(row), WORLD, "seed");
      assert.equal(answer.verdict.outcome, "ok", answer.verdict.explanation.summary);
      assert.equal(answer.response.status, 200);
    });

    it("answers a wrong secret in its own protocol with its family's code and status", async () => {
      const answer = answerRequest(await sign(row, "wrong-secret-EXAMPLE"), endpoint(row), WORLD, "seed");
      const { code, status } = expectedMismatch(row);
      assert.deepEqual([answer.verdict.outcome, answer.response.status], [code, status]);
      if (row.id !== "s3") assert.ok(answer.verdict.message.startsWith(SIGNATURE_MISMATCH), answer.verdict.message);
      assertProtocol(row, answer.response, code);
    });

    it("refuses a scope signed for another service's name", async () => {
      const answer = answerRequest(await sign(row, KEY.secretAccessKey, "sigfix-other"), endpoint(row), WORLD, "seed");
      assert.equal(answer.verdict.failedCheck, "credentialScope");
      if (row.id !== "s3") assert.equal(answer.verdict.message, `Credential should be scoped to correct service: '${row.signingName}'. `);
      assert.notEqual(answer.response.status, 200);
    });

    it("refuses a scope signed for another region", async () => {
      const answer = answerRequest(await sign(row, KEY.secretAccessKey, row.signingName, "eu-west-3"), endpoint(row), WORLD, "seed");
      assert.equal(answer.verdict.failedCheck, "credentialScope");
      assert.notEqual(answer.response.status, 200);
    });
  });
}
