// `npm run mock-aws -- [--port N] [--host 127.0.0.1] [--region us-east-1] [--mode aws|dynamodb-local]
//                      [--clock-offset SECONDS] [--world FILE]`
// A local AWS authentication endpoint (DynamoDB, STS, S3, Lambda on one port) over the lab in src/lab/.
import { readFileSync } from "node:fs";
import { createMockServer } from "../src/mock/createMockServer.ts";
import { createDefaultWorld, parseWorld } from "../src/mock/lab.ts";
import type { World } from "../src/mock/lab.ts";
import { MOCK_USAGE, parseMockArgs } from "../src/mock/parseMockArgs.ts";

const parsed = parseMockArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(parsed.error);
  process.exit(2);
}
const args = parsed.args;
if (args.help) {
  console.log(MOCK_USAGE);
  process.exit(0);
}

let clockOffsetSeconds = args.clockOffsetSeconds;
let world: World = createDefaultWorld(new Date(Date.now() + clockOffsetSeconds * 1000));
if (args.worldFile !== null) {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(args.worldFile, "utf8"));
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (err as Error).message;
    console.error(`mock-aws: cannot load the world file \`${args.worldFile}\`: ${why}. Give a JSON file such as {"identities":[{"accessKeyId":"AKIA…","secretAccessKey":"…"}]}.`);
    process.exit(2);
  }
  const result = parseWorld(json, world.now);
  if (!result.ok) {
    console.error(`mock-aws: the world file \`${args.worldFile}\` is not usable. ${result.error}`);
    process.exit(2);
  }
  world = result.world;
  // A `now` in the file sets the server's clock at start; it then runs in real time.
  clockOffsetSeconds = Math.round((world.now.getTime() - Date.now()) / 1000);
}

const mock = createMockServer({
  region: args.region,
  mode: args.mode,
  world,
  clockOffsetSeconds,
  log: (line) => console.log(line),
});

let url: string;
try {
  url = await mock.listen(args.port, args.host);
} catch (err) {
  const e = err as NodeJS.ErrnoException;
  const hint = e.code === "EADDRINUSE" ? ` Port ${args.port} is taken: pass another with --port (0 picks a free one).` : "";
  console.error(`mock-aws: cannot listen on ${args.host}:${args.port}: ${e.message}.${hint}`);
  process.exit(2);
}

const clock = clockOffsetSeconds === 0 ? "" : `, clock ${clockOffsetSeconds > 0 ? "+" : ""}${clockOffsetSeconds}s`;
console.log(
  `mock-aws listening on ${url} (region ${args.region}, mode ${args.mode}${clock}) — point a client at it with ` +
    `\`aws --endpoint-url ${url} …\` or \`export AWS_ENDPOINT_URL=${url}\` (SDKs: endpoint: "${url}"; S3: path-style).`,
);

let stopping = false;
function stop(signal: string): void {
  if (stopping) return;
  stopping = true;
  mock.close().then(() => {
    console.log(`mock-aws stopped (${signal}).`);
    process.exit(0);
  });
}
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
// Last resort: a bug on one request must not take the endpoint down for the next.
process.on("uncaughtException", (err) => console.error(`mock-aws: internal error (please report): ${err.stack ?? err}`));
