import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../support/sharedDir.ts";

const LIVE = path.join(REPO_ROOT, "..", "shared");
const COPY = path.join(REPO_ROOT, "tests", "fixtures", "shared");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full).map((f) => path.join(name, f)) : [name];
  });
}

describe("the vendored copy of ../shared", { skip: existsSync(path.join(LIVE, "reference")) ? false : "no ../shared beside this clone" }, () => {
  for (const part of ["reference", "conformance"]) {
    it(`matches ../shared/${part} byte for byte`, () => {
      const live = files(path.join(LIVE, part)).sort();
      assert.deepEqual(files(path.join(COPY, part)).sort(), live, "run: cp -r ../shared/{reference,conformance} tests/fixtures/shared/");
      for (const file of live) {
        assert.ok(readFileSync(path.join(LIVE, part, file)).equals(readFileSync(path.join(COPY, part, file))), `${part}/${file} differs`);
      }
    });
  }

  it("feeds the site the same catalogue", () => {
    const live = readFileSync(path.join(LIVE, "reference", "aws-auth-errors.json"));
    assert.ok(live.equals(readFileSync(path.join(REPO_ROOT, "src", "lab", "catalogue", "awsAuthErrors.json"))));
  });
});
