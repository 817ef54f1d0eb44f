import type { CanonicalDiff } from "../../lab/index.ts";

/** Appends text, wrapping it in <mark> when it is the differing part. Text only: never HTML. */
function appendText(parent: HTMLElement, text: string, marked = false): void {
  if (text === "") return;
  if (!marked) {
    parent.append(document.createTextNode(text));
    return;
  }
  const mark = document.createElement("mark");
  mark.textContent = text;
  parent.append(mark);
}

/**
 * Fills the client and server <pre> with the two canonical requests line by line; differing lines get a
 * background and their differing characters a <mark>. Lines only one side has are marked whole.
 */
export function renderDiffInto(client: HTMLElement, server: HTMLElement, diff: CanonicalDiff): void {
  client.replaceChildren();
  server.replaceChildren();
  for (const line of diff.lines) {
    for (const [target, text, side] of [
      [client, line.ours, "ours"],
      [server, line.theirs, "theirs"],
    ] as const) {
      if (text === null) continue;
      const row = document.createElement("span");
      if (line.status !== "same") {
        row.className = "sf-line-changed";
        if (line.chars) {
          appendText(row, line.chars.prefix);
          appendText(row, side === "ours" ? line.chars.ours : line.chars.theirs, true);
          appendText(row, line.chars.suffix);
        } else appendText(row, text, true);
      } else appendText(row, text);
      target.append(row, document.createTextNode("\n"));
    }
  }
  client.lastChild?.remove();
  server.lastChild?.remove();
}
