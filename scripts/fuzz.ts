// `npm run fuzz [-- --seed N --count N --seconds N --only mock,cli,site]`: replays a seeded corpus of hostile
// requests, files, pastes and links against the mock endpoint, `sigfix verify` and the built site, all on this
// machine (loopback only), stopping after --count cases per target or --seconds, and prints what it tried and found.
// Exits 1 when anything was found.
import { parseArgs } from "node:util";
import { createFiles, createLinks, createPastes, createRandom, createRequests } from "./fuzz/createHostileCorpus.ts";
import { fuzzCli } from "./fuzz/fuzzCli.ts";
import { fuzzMock } from "./fuzz/fuzzMock.ts";
import { fuzzSite } from "./fuzz/fuzzSite.ts";
import { printReport } from "./fuzz/report.ts";
import type { TargetReport } from "./fuzz/report.ts";

const { values } = parseArgs({
  options: { seed: { type: "string", default: "13" }, count: { type: "string", default: "400" }, seconds: { type: "string", default: "120" }, only: { type: "string", default: "mock,cli,site" } },
});
const seed = Number(values.seed);
const count = Math.max(1, Math.min(100_000, Number(values.count)));
const seconds = Math.max(1, Math.min(3600, Number(values.seconds)));
const only = new Set(values.only.split(","));
const stopAt = Date.now() + seconds * 1000;

console.log(`sigfix fuzz: seed ${seed}, up to ${count} cases per target, at most ${seconds} s, targets ${[...only].join(", ")}`);
const r = createRandom(seed);
const reports: TargetReport[] = [];
if (only.has("mock")) reports.push(await fuzzMock(createRequests(r, count), stopAt));
if (only.has("cli")) reports.push(await fuzzCli(createFiles(r, Math.min(count, 200)), stopAt));
// The browser is slow: a tenth of the count, at least one of each family.
if (only.has("site")) reports.push(await fuzzSite(createLinks(r, Math.max(10, Math.ceil(count / 10))), createPastes(r, Math.max(7, Math.ceil(count / 20))), stopAt));
for (const report of reports) printReport(report);
const found = reports.reduce((n, report) => n + report.found.length, 0);
console.log(`\n${found === 0 ? "nothing found" : `${found} problem${found === 1 ? "" : "s"} found`} (replay with --seed ${seed})`);
process.exit(found === 0 ? 0 : 1);
