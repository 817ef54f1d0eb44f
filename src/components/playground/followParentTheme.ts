// Inside a guide's frame: the playground takes the guide page's theme, live. Starlight sets `data-theme` on the
// guide's <html> (from the reader's choice in its picker, stored as localStorage "starlight-theme"); we mirror it.

/** The guide page's <html>, when this document is framed by a page of the same origin. */
function parentRoot(): HTMLElement | null {
  try {
    return window.parent !== window ? window.parent.document.documentElement : null;
  } catch {
    return null;
  }
}

/** Copies a theme onto this document, only as "light" or "dark". */
function applyTheme(theme: string | undefined): void {
  if (theme !== "light" && theme !== "dark") return;
  if (document.documentElement.dataset.theme !== theme) document.documentElement.dataset.theme = theme;
}

const root = parentRoot();
if (root) {
  applyTheme(root.dataset.theme);
  new MutationObserver(() => applyTheme(root.dataset.theme)).observe(root, { attributes: true, attributeFilter: ["data-theme"] });
}
// Opened on its own (or across origins): follow the stored choice when another tab changes it.
addEventListener("storage", (event) => {
  if (event.key === "starlight-theme" && !root) applyTheme(event.newValue || (matchMedia("(prefers-color-scheme: light)").matches ? "light" : "dark"));
});
