import type { FormPart } from "../../uploadWorkbench/index.ts";

/** What each part of the form is, for its row and its buttons' names. */
const PART_LABELS: Record<FormPart, string> = {
  key: "key",
  "Content-Type": "Content-Type",
  "x-amz-meta": "x-amz-meta-…",
  "x-amz-algorithm": "x-amz-algorithm",
  "x-amz-credential": "x-amz-credential",
  "x-amz-date": "x-amz-date",
  policy: "policy",
  "x-amz-signature": "x-amz-signature",
  file: "file (the upload itself)",
};

/**
 * Fills the ordered list with one row per part and two buttons (earlier, later), each named for its part. A move
 * calls `onMove` with the new order; focus stays on the moved part's button so the keyboard can keep moving it.
 */
export function renderOrder(list: HTMLOListElement, order: readonly FormPart[], onMove: (order: FormPart[], moved: FormPart, dir: "up" | "down") => void): void {
  const fileAt = order.indexOf("file");
  list.replaceChildren(
    ...order.map((part, i) => {
      const row = document.createElement("li");
      row.dataset.part = part;
      const name = document.createElement("span");
      name.className = "uw-part";
      name.textContent = PART_LABELS[part];
      if (i > fileAt) {
        const ignored = document.createElement("span");
        ignored.className = "uw-ignored";
        ignored.textContent = " (after the file: S3 ignores it)";
        name.append(ignored);
      }
      row.append(name);
      for (const dir of ["up", "down"] as const) {
        const button = document.createElement("button");
        button.type = "button";
        button.dataset.dir = dir;
        button.textContent = dir === "up" ? "↑" : "↓";
        button.setAttribute("aria-label", `Move ${PART_LABELS[part]} ${dir === "up" ? "earlier" : "later"}`);
        const to = dir === "up" ? i - 1 : i + 1;
        button.disabled = to < 0 || to >= order.length;
        button.addEventListener("click", () => {
          const next = [...order];
          [next[i], next[to]] = [next[to]!, next[i]!];
          onMove(next, part, dir);
        });
        row.append(button);
      }
      return row;
    }),
  );
}

/** The position sentence a screen reader hears after a move. */
export function describeMove(order: readonly FormPart[], part: FormPart): string {
  return `${PART_LABELS[part]} is now part ${order.indexOf(part) + 1} of ${order.length}.`;
}
