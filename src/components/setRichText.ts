import { splitInlineCode } from "./splitInlineCode.ts";

/**
 * Sets text with `code` runs as <code> elements: text nodes only, never HTML. Unchanged text is left alone, so a
 * live region announces only a new verdict (the playground's and the upload workbench's).
 */
export function setRichText(element: HTMLElement, text: string): void {
  if (element.dataset.text === text) return;
  element.dataset.text = text;
  element.replaceChildren(
    ...splitInlineCode(text).map((part) => {
      if (!part.code) return document.createTextNode(part.text);
      const code = document.createElement("code");
      code.textContent = part.text;
      return code;
    }),
  );
}
