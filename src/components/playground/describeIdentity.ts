import type { Credentials, Identity } from "../../lab/index.ts";
import type { TokenState } from "../../playgroundState/index.ts";

const known = (identities: readonly Identity[], key: string) => identities.find((identity) => identity.accessKeyId === key);

/** What AWS knows of a key at its own clock, in a few words. */
function stateAtAws(identity: Identity | undefined, serverNow: string): string {
  if (!identity) return "a key AWS does not know";
  if (identity.status === "inactive") return "a deactivated key";
  if (!identity.expiresAt) return "an active long-term key";
  return Date.parse(identity.expiresAt) < Date.parse(serverNow) ? `temporary credentials whose session ended ${identity.expiresAt.slice(0, 10)}` : "active temporary credentials";
}

/**
 * One sentence that says plainly which identity the client signs with under a token state, and what AWS knows of
 * it, so no state swaps credentials behind the reader's back.
 */
export function describeIdentity(entered: Credentials, signed: Credentials, tokenState: TokenState, ctx: { identities: readonly Identity[]; serverNow: string }): string {
  const identity = known(ctx.identities, signed.accessKeyId);
  const what = stateAtAws(identity, ctx.serverNow);
  const key = signed.accessKeyId === "" ? "an empty access key ID" : `\`${signed.accessKeyId}\``;
  switch (tokenState) {
    case "expired":
      return `Signs as ${key} (${what}), the example expired identity, instead of the key above.`;
    case "garbled":
      return `Signs as ${key} (${what}) with a damaged session token: \`${signed.sessionToken ?? ""}\`.`;
    case "missing":
      return `Signs as ${key} (${what}) and sends no session token${entered.sessionToken ? ", although one is entered" : ""}.`;
    default:
      return `Signs as ${key} (${what})${signed.sessionToken ? " with the session token above" : ", with no session token"}.`;
  }
}
