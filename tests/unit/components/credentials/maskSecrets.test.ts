import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { maskSecrets, revealSecret } from "../../../../src/components/credentials/maskSecrets.ts";

describe("maskSecrets", () => {
  it("replaces the secret and the token in an environment text, keeping the key ID and the region", () => {
    const vault: string[] = [];
    const out = maskSecrets("AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nexport AWS_SESSION_TOKEN=\"tok en\"\nAWS_REGION=eu-west-1", "env", vault);
    assert.equal(out, "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=‹secret 0›\nexport AWS_SESSION_TOKEN=\"‹secret 1›\"\nAWS_REGION=eu-west-1");
    assert.deepEqual(vault, ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "tok en"]);
  });

  it("masks INI keys whatever their case and spacing, and leaves other keys alone", () => {
    const vault: string[] = [];
    const out = maskSecrets("[default]\naws_access_key_id = AKIDEXAMPLE\nAWS_Secret_Access_Key=abc\r\naws_session_token =  xyz\nregion = us-east-1", "ini", vault);
    assert.equal(out, "[default]\naws_access_key_id = AKIDEXAMPLE\nAWS_Secret_Access_Key=‹secret 0›\r\naws_session_token =  ‹secret 1›\nregion = us-east-1");
  });

  it("gives one value one placeholder, and never masks a placeholder twice", () => {
    const vault: string[] = [];
    const once = maskSecrets("AWS_SECRET_ACCESS_KEY=s\nAWS_SECURITY_TOKEN=s", "env", vault);
    assert.equal(once, "AWS_SECRET_ACCESS_KEY=‹secret 0›\nAWS_SECURITY_TOKEN=‹secret 0›");
    assert.equal(maskSecrets(once, "env", vault), once);
    assert.deepEqual(vault, ["s"]);
  });

  it("keeps an empty value empty: set-but-empty is not a secret", () => {
    assert.equal(maskSecrets("AWS_SESSION_TOKEN=", "env", []), "AWS_SESSION_TOKEN=");
  });

  it("reveals a placeholder's value from the vault only", () => {
    assert.equal(revealSecret("‹secret 1›", ["a", "b"]), "b");
    assert.equal(revealSecret("‹secret 7›", ["a"]), undefined);
    assert.equal(revealSecret("plain", ["a"]), undefined);
  });

  it("handles a million characters of one kind quickly and without losing them", () => {
    const text = "x".repeat(1_000_000);
    assert.equal(maskSecrets(text, "env", []), text);
    const line = `AWS_SECRET_ACCESS_KEY=${"=".repeat(200_000)}`;
    const vault: string[] = [];
    assert.equal(maskSecrets(line, "env", vault), "AWS_SECRET_ACCESS_KEY=‹secret 0›");
    assert.equal(vault[0]!.length, 200_000);
  });
});
