import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { restoreCredentials } from "../../../src/playgroundState/restoreCredentials.ts";
import { EXAMPLES, scenario } from "./fixtures.ts";

describe("restoreCredentials", () => {
  it("brings example identities back from their reference", () => {
    const restored = restoreCredentials(
      { accessKeyId: { example: "ASIASIGFIXVALID00001", field: "accessKeyId" }, secretAccessKey: { example: "ASIASIGFIXVALID00001", field: "secretAccessKey" }, sessionToken: { example: "ASIASIGFIXVALID00001", field: "sessionToken" } },
      { examples: EXAMPLES, presetScenario: null },
    );
    assert.deepEqual(restored, {
      credentials: { accessKeyId: "ASIASIGFIXVALID00001", secretAccessKey: "sigfixValidTemporarySecretKeyEXAMPLE0001", sessionToken: "sigfix-valid-session-token-EXAMPLE" },
      notes: [],
    });
  });

  it("takes preset values from the preset's scenario", () => {
    const preset = scenario({ credentials: { accessKeyId: "AKIDEXAMPLE ", secretAccessKey: "s3cr3t-from-a-fault" } });
    const restored = restoreCredentials({ accessKeyId: { preset: true }, secretAccessKey: { preset: true } }, { examples: EXAMPLES, presetScenario: preset });
    assert.deepEqual(restored.credentials, { accessKeyId: "AKIDEXAMPLE ", secretAccessKey: "s3cr3t-from-a-fault" });
  });

  it("leaves omitted secrets empty with a note for each", () => {
    const restored = restoreCredentials({ accessKeyId: { value: "FAKEKEY" }, secretAccessKey: { omitted: true }, sessionToken: { omitted: true } }, { examples: EXAMPLES, presetScenario: null });
    assert.deepEqual(restored.credentials, { accessKeyId: "FAKEKEY", secretAccessKey: "", sessionToken: "" });
    assert.deepEqual(restored.notes, [
      "The link left out the secret access key its author typed (links never carry secrets): type it to sign with it.",
      "The link left out the session token its author typed (links never carry secrets): type it to sign with it.",
    ]);
  });

  it("notes an example identity it does not know", () => {
    const restored = restoreCredentials({ accessKeyId: { value: "X" }, secretAccessKey: { example: "AKIANOSUCHEXAMPLE", field: "secretAccessKey" } }, { examples: EXAMPLES, presetScenario: null });
    assert.equal(restored.credentials.secretAccessKey, "");
    assert.equal(restored.notes.length, 1);
  });
});
