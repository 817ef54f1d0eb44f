/** Shadow styles of <sf-sdk-output>: the site's tokens (--sl-color-*), so light and dark follow the theme picker. */
export const SDK_OUTPUT_CSS = `
:host { display: block; font-family: var(--sl-font, system-ui, sans-serif); color: var(--sl-color-text, #222); }
[role="tablist"] { display: flex; flex-wrap: wrap; gap: 0.25rem; border-bottom: 1px solid var(--sl-color-hairline, #ccc); }
[role="tab"] {
  font: inherit; font-size: var(--sl-text-sm, 0.875rem); color: var(--sl-color-gray-2, #444); background: none;
  border: 0; border-bottom: 2px solid transparent; padding: 0.4rem 0.6rem; margin-bottom: -1px; cursor: pointer;
}
[role="tab"][aria-selected="true"] { color: var(--sl-color-white, #000); border-bottom-color: var(--sl-color-text-accent, #4b31c2); font-weight: 600; }
[role="tab"]:focus-visible, [role="tabpanel"]:focus-visible { outline: 2px solid var(--sl-color-text-accent, #4b31c2); outline-offset: 2px; }
[role="tabpanel"] { padding: 0.75rem 0 0; }
.title { margin: 0 0 0.4rem; font-weight: 600; color: var(--sl-color-white, #000); }
pre {
  margin: 0; padding: 0.75rem; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere;
  font-family: var(--__sl-font-mono, ui-monospace, monospace); font-size: var(--sl-text-sm, 0.875rem);
  background: var(--sl-color-gray-6, #f4f4f4); color: var(--sl-color-white, #000); border: 1px solid var(--sl-color-gray-5, #ddd); border-radius: 0.25rem;
}
.meta { margin: 0.5rem 0 0; font-size: var(--sl-text-sm, 0.875rem); color: var(--sl-color-gray-2, #444); }
.meta code { font-family: var(--__sl-font-mono, ui-monospace, monospace); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 0.75rem; margin: 0.5rem 0 0; font-size: var(--sl-text-sm, 0.875rem); }
dt { font-family: var(--__sl-font-mono, ui-monospace, monospace); color: var(--sl-color-gray-2, #444); }
dd { margin: 0; overflow-wrap: anywhere; font-family: var(--__sl-font-mono, ui-monospace, monospace); }
.behaviour { margin: 0.75rem 0 0; padding: 0.5rem 0.75rem; border-inline-start: 3px solid var(--sl-color-gray-4, #888); font-size: var(--sl-text-sm, 0.875rem); }
.behaviour[data-retries="true"] { border-inline-start-color: var(--sl-color-green, #197034); }
.sources { margin: 0.5rem 0 0; font-size: var(--sl-text-xs, 0.8125rem); color: var(--sl-color-gray-3, #666); }
.empty { margin: 0; color: var(--sl-color-gray-2, #444); }
@media (max-width: 30rem) { dl { grid-template-columns: 1fr; } dd { margin-bottom: 0.35rem; } }
`;
