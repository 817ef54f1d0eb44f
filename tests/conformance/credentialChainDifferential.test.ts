// The credential-chain model against the real SDKs: 320 generated situations each, run through the JS SDK v3's
// fromNodeProviderChain and botocore's default chain, with real files, real credential_process scripts, web
// identity token files, SSO caches, and container/IMDS stubs on 127.0.0.1 (answering, 404, refused, disabled).
// Each source hands out its own key ID, so the key an SDK returns names the source. Agreement must be total:
// a disagreement is a bug in the model.
import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { generateChainCases } from "../support/credentialChain/generateChainCases.ts";
import { startChainStubs } from "../support/credentialChain/startChainStubs.ts";
import { runChainCases, writeCases } from "../support/credentialChain/runChainCases.ts";
import { compareRegion, compareWithModel, modelInput } from "../support/credentialChain/compareWithModel.ts";
import { resolveCredentials, type SourceName } from "../../src/credentialChain/index.ts";

const CASES = Number(process.env.SIGFIX_CHAIN_CASES ?? 320); // override both to explore further
const SEED = Number(process.env.SIGFIX_CHAIN_SEED ?? 20261201);
const probe = spawnSync("python3", ["-c", "import botocore; print(botocore.__version__)"], { encoding: "utf8" });
const botocoreVersion = probe.status === 0 ? probe.stdout.trim() : undefined;
const noBotocore = botocoreVersion === undefined ? `python3 with botocore is not available here (${(probe.stderr || String(probe.error)).trim().split("\n").at(-1)})` : false;

const root = mkdtempSync(`${tmpdir()}/sigfix-chain-`);
const stubs = await startChainStubs();
const cases = generateChainCases(SEED, CASES, `${root}/cases`, stubs.ports);
writeCases(cases);
const [jsOutcomes, botocoreOutcomes] = await Promise.all([
  runChainCases("js-v3", cases, root),
  noBotocore ? Promise.resolve([]) : runChainCases("botocore", cases, root),
]).finally(() => stubs.close());
after(() => rmSync(root, { recursive: true, force: true }));

/** How many cases each source wins, by the model: the generator must reach every provider, not just the first. */
function sourceCounts(sdk: "js-v3" | "botocore"): Map<SourceName | "error", number> {
  const counts = new Map<SourceName | "error", number>();
  for (const chainCase of cases) {
    const result = resolveCredentials(sdk, modelInput(chainCase));
    const key = result.source ?? "error"; // chosen, even when it then fails on first use
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe("the JS SDK v3 chain (fromNodeProviderChain) agrees with the model", () => {
  it(`ran all ${CASES} generated cases`, () => assert.equal(jsOutcomes.length, CASES));
  it("gives every case the region a JS v3 client gets (loadConfig with NODE_REGION_CONFIG_OPTIONS)", () => {
    const disagreements = cases.map((chainCase, i) => compareRegion("js-v3", chainCase, jsOutcomes[i])).filter(Boolean);
    assert.deepEqual(disagreements, []);
    assert.ok(jsOutcomes.filter((o) => o.region).length >= 50, "enough cases have a region");
  });
  it("reaches every provider of the chain", () => {
    const counts = sourceCounts("js-v3");
    for (const source of ["env", "shared-credentials-file", "config-file", "assume-role", "assume-role-with-web-identity", "custom-process", "container-role", "iam-role", "error"] as const) {
      assert.ok((counts.get(source) ?? 0) >= 3, `only ${counts.get(source) ?? 0} cases resolve through ${source}`);
    }
  });
  for (const [index, chainCase] of cases.entries()) {
    it(`${chainCase.id}: ${chainCase.notes.join("; ") || "nothing configured"}`, () => {
      const disagreement = compareWithModel("js-v3", chainCase, jsOutcomes[index]);
      assert.equal(disagreement, undefined, disagreement);
    });
  }
});

describe(`botocore ${botocoreVersion ?? ""} (boto3, the AWS CLI) agrees with the model`, { skip: noBotocore }, () => {
  it(`ran all ${CASES} generated cases against botocore 1.43.11`, () => {
    assert.equal(botocoreVersion, "1.43.11", "the model follows botocore 1.43.11's source");
    assert.equal(botocoreOutcomes.length, CASES);
  });
  it("gives every case the region botocore resolves (Session.get_config_variable('region'))", () => {
    const disagreements = cases.map((chainCase, i) => compareRegion("botocore", chainCase, botocoreOutcomes[i])).filter(Boolean);
    assert.deepEqual(disagreements, []);
    assert.ok(botocoreOutcomes.filter((o) => o.region).length >= 50, "enough cases have a region");
  });
  it("reaches every provider of the chain", () => {
    const counts = sourceCounts("botocore");
    for (const source of ["env", "shared-credentials-file", "config-file", "assume-role", "assume-role-with-web-identity", "sso", "custom-process", "container-role", "iam-role", "error"] as const) {
      assert.ok((counts.get(source) ?? 0) >= 3, `only ${counts.get(source) ?? 0} cases resolve through ${source}`);
    }
  });
  for (const [index, chainCase] of cases.entries()) {
    it(`${chainCase.id}: ${chainCase.notes.join("; ") || "nothing configured"}`, () => {
      const disagreement = compareWithModel("botocore", chainCase, botocoreOutcomes[index]);
      assert.equal(disagreement, undefined, disagreement);
    });
  }
});
