import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { getMessageMatch } from "../../../src/diagnose/getMessageMatch.ts";

const T = "The security token included in the request is invalid";

describe("getMessageMatch", () => {
  it("matches a message that differs by its final period only at level 4, below every closer match", () => {
    assert.equal(getMessageMatch(`${T}.`, T), 4);
    assert.equal(getMessageMatch(T, `${T}.`), 4);
    assert.equal(getMessageMatch(T, T), 0);
  });

  it("reads a paste wrapped by a terminal or re-cased by a store as the same message", () => {
    assert.equal(getMessageMatch("The security token included in the request is expired", "The security token\n     included in the request is expired"), 2);
    assert.equal(getMessageMatch("The AWS Access Key Id you provided does not exist in our records.", "The AWS Access Key ID you provided does not exist in our records."), 2);
  });

  it("reads a paste cut short (40 characters or more) as the start of the message, at level 5", () => {
    const sig = "The request signature we calculated does not match the signature you provided. Check your key and signing method.";
    assert.equal(getMessageMatch(sig, "The request signature we calculated does not match the signature you provided"), 5);
    assert.equal(getMessageMatch(sig, "The request signature"), null);
  });

  it("ranks byte-exact, trailing-space-lost, other-values and extra-detail matches", () => {
    const scope = "Credential should be scoped to a valid region, not 'eu-west-1'. ";
    assert.equal(getMessageMatch(scope, scope), 0);
    assert.equal(getMessageMatch(scope, "Credential should be scoped to a valid region, not 'eu-west-1'."), 1);
    assert.equal(getMessageMatch(scope, "Credential should be scoped to a valid region, not 'us-east-2'. "), 2);
    assert.equal(getMessageMatch(scope, "Credential should be scoped to a valid region, not 'us-east-2'. Credential should be scoped to correct service: 'sts'. "), 3);
  });

  it("matches a Signature expired message with other dates and another window", () => {
    assert.equal(
      getMessageMatch(
        "Signature expired: 20260115T114000Z is now earlier than 20260115T114500Z (20260115T120000Z - 15 min.)",
        "Signature expired: 20160521T103713Z is now earlier than 20160521T104216Z (20160521T104716Z - 5 min.)",
      ),
      2,
    );
  });

  it("does not match different words", () => {
    assert.equal(getMessageMatch("Request has expired", "Request has been denied"), null);
    assert.equal(getMessageMatch("Request has expired", ""), null);
  });
});
