import { FLASH_MS } from "./constants.ts";

/**
 * Fills a <pre> with text, one span per line, and marks for a moment the lines that differ from what it showed
 * before (by position), so the reader sees what a change did. Text nodes only; textContent stays the exact text.
 */
export function renderChangedLines(pre: HTMLElement, text: string): void {
  const before = (pre.textContent ?? "").split("\n");
  const lines = text.split("\n");
  const first = pre.childElementCount === 0;
  pre.replaceChildren(
    ...lines.flatMap((line, i) => {
      const row = document.createElement("span");
      row.textContent = line;
      if (!first && line !== before[i]) row.className = "sf-flash";
      return i < lines.length - 1 ? [row, document.createTextNode("\n")] : [row];
    }),
  );
  if (!first) setTimeout(() => pre.querySelectorAll(".sf-flash").forEach((row) => row.classList.remove("sf-flash")), FLASH_MS);
}
