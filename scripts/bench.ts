// `npm run bench`: what one lab run costs. Prints figures; asserts nothing (correctness lives in the tests).
//   smithy sign only     @smithy/signature-v4 alone, on the same request, same hash implementation
//   lab sign+verify+render   signWithSmithy, then answerRequest (read once, verify, render): what the playground does per keystroke
// The issue-10 budget: at most 2.5× smithy's sign-only time for DynamoDB, SQS on JSON, API Gateway (execute-api) and S3.
import { SignatureV4 } from "@smithy/signature-v4";
import { Sha256 } from "@aws-crypto/sha256-js";
import {
  answerRequest,
  createDefaultScenario,
  createDefaultWorld,
  getServiceSpec,
  isServiceId,
  parseRawRequest,
  signWithSmithy,
  EXAMPLE_SERVER_NOW,
} from "../src/lab/index.ts";
import type { ServiceId, SigningOptions } from "../src/lab/index.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 2000);
const WARMUP = 200;

const median = (samples: number[]) => samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;

async function timeOnce(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1000;
}

/** Runs the two alternately, so a busy machine slows both alike; returns both medians in µs. */
async function medianMicros(a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[number, number]> {
  for (let i = 0; i < WARMUP; i++) await Promise.all([a(), b()]);
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    samplesA.push(await timeOnce(a));
    samplesB.push(await timeOnce(b));
  }
  return [median(samplesA), median(samplesB)];
}

const now = new Date(EXAMPLE_SERVER_NOW);
const world = createDefaultWorld(now);
console.log(`median of ${RUNS} runs after ${WARMUP} warm-up runs, Node ${process.version}\n`);
console.log("service                   smithy sign only   lab sign+verify+render   ratio   budget 2.5×");

// API Gateway's execute-api: its own front-door row when there is one, else the management API that signs as execute-api.
const EXECUTE_API: ServiceId = isServiceId("execute-api") ? "execute-api" : "apigatewaymanagementapi";
const BUDGETED = new Set<ServiceId>(["dynamodb", "sqs", EXECUTE_API, "s3"]);

for (const service of ["dynamodb", "sqs", EXECUTE_API, "s3", "sts", "lambda"] as ServiceId[]) {
  const scenario = createDefaultScenario(service, EXAMPLE_SERVER_NOW);
  const parsed = parseRawRequest(scenario.request);
  if (!parsed.ok) throw new Error(parsed.error);
  const request = parsed.request;
  const spec = getServiceSpec(service);
  const options: SigningOptions = {
    service: spec.signingName,
    region: scenario.region,
    credentials: scenario.credentials,
    signingDate: now,
    mode: "header",
    normalizePath: spec.normalizePath,
    applyChecksum: spec.signsContentSha256,
  };
  const smithy = new SignatureV4({ service: spec.signingName, region: scenario.region, credentials: scenario.credentials, sha256: Sha256, uriEscapePath: spec.normalizePath, applyChecksum: spec.signsContentSha256 });
  const host = request.headers.find((h) => h.name.toLowerCase() === "host")!.value;
  const smithyRequest = () => ({
    method: request.method,
    protocol: "https:",
    hostname: host,
    path: request.target.split("?")[0]!,
    query: {},
    headers: Object.fromEntries(request.headers.map((h) => [h.name, h.value])),
    body: new TextDecoder().decode(request.body),
  });

  const [signOnly, full] = await medianMicros(
    () => smithy.sign(smithyRequest(), { signingDate: now }),
    async () => {
      const signed = await signWithSmithy(request, options);
      return answerRequest(signed, { service, region: scenario.region, mode: "aws" }, world, "bench");
    },
  );
  const ratio = full / signOnly;
  const budget = BUDGETED.has(service) ? (ratio <= 2.5 ? "within" : "OVER") : "-";
  console.log(
    `${service.padEnd(24)} ${`${signOnly.toFixed(1)} µs`.padStart(16)}   ${`${full.toFixed(1)} µs`.padStart(22)}   ${ratio.toFixed(2)}×   ${budget}`,
  );
}
