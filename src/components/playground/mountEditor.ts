import type { EditorHandle } from "./createMonacoEditor.ts";

/** Monaco does not support mobile browsers: narrow or touch screens keep the plain textarea. */
const NARROW = "(max-width: 30rem), (pointer: coarse)";

/**
 * The request editor: the textarea at once (works before any script and on narrow screens), then Monaco
 * in its place on wide screens. Resolves when the editor the reader will use is visible.
 */
export async function mountEditor(
  textarea: HTMLTextAreaElement,
  monacoHost: HTMLElement,
  tabHint: HTMLElement,
  onChange: () => void,
): Promise<EditorHandle> {
  const plain: EditorHandle = {
    getValue: () => textarea.value,
    setValue: (text) => {
      if (textarea.value !== text) textarea.value = text;
    },
    toggleTabFocus: () => {},
  };
  textarea.addEventListener("input", onChange);
  if (matchMedia(NARROW).matches) return plain;
  try {
    const { createMonacoEditor } = await import("./createMonacoEditor.ts");
    monacoHost.hidden = false;
    const editor = createMonacoEditor(monacoHost, textarea.value, { ariaLabel: "Request (raw HTTP, before signing)", describedBy: textarea.getAttribute("aria-describedby") ?? "", onChange });
    textarea.hidden = true;
    document.getElementById("sf-request-label")?.removeAttribute("for");
    tabHint.hidden = false;
    return editor;
  } catch (error) {
    // The textarea stays: a failed editor download must never leave the reader without an editor.
    console.warn("Monaco could not load; keeping the plain editor.", error);
    monacoHost.hidden = true;
    return plain;
  }
}
