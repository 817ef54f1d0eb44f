// The only module that imports Monaco. Reached by a dynamic import from mountEditor.ts, itself loaded only by
// /play/'s script, so no guide page ever links Monaco's code or CSS.
import * as monaco from "monaco-editor/editor/editor.api.js";
// The tree-shaken entry leaves out Ctrl+M (Ctrl+Shift+M on macOS), the escape from Tab trapping: bring it back.
import "monaco-editor/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode.js";
import EditorWorker from "monaco-editor/editor/editor.worker.js?worker";
import { HTTP_LANGUAGE } from "./httpLanguage.ts";

export interface EditorHandle {
  getValue(): string;
  setValue(text: string): void;
  toggleTabFocus(): void;
}

/** Token colours with at least 4.5:1 contrast (Monaco's own "vs" red fails it on white). */
function defineThemes(): void {
  monaco.editor.defineTheme("sigfix-light", {
    base: "vs",
    inherit: true,
    rules: [
      { token: "keyword", foreground: "0000c0" },
      { token: "string", foreground: "a31515" },
      { token: "type", foreground: "1f5f6f" },
      { token: "attribute.name", foreground: "8b0000" },
      { token: "attribute.value", foreground: "0451a5" },
      { token: "number", foreground: "076645" },
      { token: "delimiter", foreground: "333333" },
    ],
    // Starlight's light --sl-color-bg.
    colors: { "editor.background": "#ffffff" },
  });
  monaco.editor.defineTheme("sigfix-dark", {
    base: "vs-dark",
    inherit: true,
    rules: [
      { token: "keyword", foreground: "9cdcfe" },
      { token: "string", foreground: "ffb38a" },
      { token: "type", foreground: "7fd8c8" },
      { token: "attribute.name", foreground: "f0a0a0" },
      { token: "attribute.value", foreground: "b5cea8" },
      { token: "number", foreground: "c5e8b5" },
      { token: "delimiter", foreground: "dddddd" },
    ],
    // Starlight's dark --sl-color-bg, hsl(224, 10%, 10%).
    colors: { "editor.background": "#17181c" },
  });
}

/** The site's theme: Starlight's `data-theme` on <html> (set from the reader's choice, or the OS when "auto"). */
const siteTheme = () => (document.documentElement.dataset.theme === "light" ? "sigfix-light" : "sigfix-dark");

/** Switches the editor's theme whenever the site's changes (the theme picker, or the guide page around a frame). */
function followSiteTheme(): void {
  new MutationObserver(() => monaco.editor.setTheme(siteTheme())).observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
}

/** Creates the editor in `host` with the HTTP grammar; `onChange` fires on every edit. */
export function createMonacoEditor(host: HTMLElement, text: string, opts: { ariaLabel: string; describedBy: string; onChange: () => void }): EditorHandle {
  self.MonacoEnvironment = { getWorker: () => new EditorWorker() };
  if (!monaco.languages.getLanguages().some((language) => language.id === "http")) {
    monaco.languages.register({ id: "http" });
    monaco.languages.setMonarchTokensProvider("http", HTTP_LANGUAGE);
  }
  defineThemes();
  const editor = monaco.editor.create(host, {
    value: text,
    language: "http",
    ariaLabel: opts.ariaLabel,
    theme: siteTheme(),
    minimap: { enabled: false },
    automaticLayout: true,
    scrollBeyondLastLine: false,
    wordWrap: "on",
    renderWhitespace: "boundary",
    lineNumbersMinChars: 3,
    tabFocusMode: false,
    accessibilitySupport: "auto",
    fontSize: 13,
  });
  followSiteTheme();
  // The Tab-escape hint sits before the editor; screen readers hear it on entering the editor.
  for (const input of host.querySelectorAll('textarea, [role="textbox"]')) input.setAttribute("aria-describedby", opts.describedBy);
  let silent = false;
  editor.onDidChangeModelContent(() => {
    if (!silent) opts.onChange();
  });
  return {
    getValue: () => editor.getValue(),
    setValue: (next) => {
      if (editor.getValue() === next) return;
      silent = true;
      editor.setValue(next);
      silent = false;
    },
    toggleTabFocus: () => {
      editor.focus();
      editor.trigger("button", "editor.action.toggleTabFocusMode", null);
    },
  };
}
