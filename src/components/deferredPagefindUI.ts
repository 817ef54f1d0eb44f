/**
 * Stands in for `@pagefind/default-ui` (aliased in astro.config.mjs). Starlight loads Pagefind's UI on every page as
 * soon as the browser is idle: 26 KiB gzip of script, a third of a guide page's weight, whether or not the reader
 * searches. This stand-in keeps Starlight's call, `new PagefindUI(options)`, but loads the real UI only when the
 * reader shows intent: pointer or focus on the search button, or the Ctrl/⌘+K shortcut. Opening the dialog still
 * works at once; its input appears as soon as the UI has loaded, and takes the focus if the dialog is open.
 */
import { readSearchQuery } from "../search/readSearchQuery.ts";

type Options = { element: string } & Record<string, unknown>;

/**
 * What Pagefind searches for: a whole pasted error line would need every one of its words on one page and find
 * nothing, so it searches the line's code, or its message without the parts that change (see readSearchQuery).
 */
const processTerm = (term: string) => readSearchQuery(term, readCodes()).term;

/** The short-link codes SiteSearch.astro puts in the page. */
function readCodes(): Array<{ code: string; target: string; title: string }> {
  try {
    return JSON.parse(document.querySelector<HTMLElement>("sf-search-assist")?.dataset.codes ?? "[]");
  } catch {
    return [];
  }
}

const INTENT_EVENTS = ["pointerenter", "focusin", "pointerdown", "touchstart"] as const;

function whenIntent(load: () => void): void {
  const button = document.querySelector("site-search button[data-open-modal]");
  let fired = false;
  const once = () => {
    if (fired) return;
    fired = true;
    INTENT_EVENTS.forEach((type) => button?.removeEventListener(type, once));
    window.removeEventListener("keydown", onKey, true);
    load();
  };
  const onKey = (event: KeyboardEvent) => {
    if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === "k") once();
  };
  INTENT_EVENTS.forEach((type) => button?.addEventListener(type, once, { passive: true }));
  window.addEventListener("keydown", onKey, true);
  if (!button) once();
}

export class PagefindUI {
  constructor(options: Options) {
    whenIntent(async () => {
      // @ts-expect-error: Pagefind ships no types (Starlight imports it the same way).
      const { PagefindUI: Real } = await import("@pagefind/default-ui/npm_dist/mjs/ui-core.mjs");
      // Starlight focused the dialog while the input did not exist yet; Pagefind's `autofocus` gives it the focus.
      const dialogOpen = document.querySelector(options.element)?.closest("dialog")?.open ?? false;
      new Real({ ...options, autofocus: dialogOpen, processTerm });
    });
  }
}
