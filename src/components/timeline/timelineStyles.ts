/** The element's shadow styles: site colour tokens only (--sl-color-*), so light and dark follow the site's theme. */
export const TIMELINE_CSS = `
:host { display: block; font-family: var(--sl-font, system-ui, sans-serif); color: var(--sl-color-text, #222); }
svg { display: block; width: 100%; overflow: visible; user-select: none; -webkit-user-select: none; }
text { font-size: 12px; fill: var(--sl-color-gray-2, #444); }
.tick line { stroke: var(--sl-color-hairline, #ccc); }
.tick text { fill: var(--sl-color-gray-3, #666); }
.zone-ok { fill: var(--sl-color-green-low, #d8f5e0); }
.zone-no { fill: var(--sl-color-red-low, #fbe0e0); }
.window { fill: none; stroke: var(--sl-color-green, #197034); stroke-width: 1.5; stroke-dasharray: 5 3; }
.server-line { stroke: var(--sl-color-white, #000); stroke-width: 2; }
.request-line { stroke: var(--sl-color-accent, #4b31c2); stroke-width: 2; }
.handle { cursor: ew-resize; outline: none; touch-action: none; }
.handle .hit { fill: transparent; }
.handle .knob { stroke-width: 2; fill: var(--sl-color-bg, #fff); }
.server .knob { stroke: var(--sl-color-white, #000); }
.request .knob { stroke: var(--sl-color-accent, #4b31c2); fill: var(--sl-color-accent, #4b31c2); }
.handle .ring { fill: none; stroke: transparent; stroke-width: 3; }
.handle:focus-visible .ring { stroke: var(--sl-color-text-accent, #4b31c2); }
.label-server, .label-request { font-weight: 600; fill: var(--sl-color-white, #000); }
.token-ok, .presign-ok { stroke: var(--sl-color-green, #197034); stroke-width: 4; }
.token-no, .presign-no { stroke: var(--sl-color-red, #b3261e); stroke-width: 4; }
.token-mark { stroke: var(--sl-color-white, #000); stroke-width: 2; }
.retry { stroke: var(--sl-color-accent, #4b31c2); stroke-width: 1.5; stroke-dasharray: 4 3; }
.retry-head { fill: var(--sl-color-accent, #4b31c2); }
.retry-ghost { fill: none; stroke: var(--sl-color-accent, #4b31c2); stroke-width: 1.5; stroke-dasharray: 3 2; }
.cap { stroke: var(--sl-color-orange, #a14f00); stroke-width: 2; stroke-dasharray: 3 2; }
.cap-label { fill: var(--sl-color-orange, #a14f00); }
.caption { margin: 0.25rem 0 0; font-size: var(--sl-text-sm, 0.875rem); }
.caption[data-accepted="false"] { color: var(--sl-color-red-high, #7d1a14); }
.caption[data-accepted="true"] { color: var(--sl-color-green-high, #0f4a22); }
.legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0.25rem 0 0; font-size: var(--sl-text-xs, 0.8125rem); color: var(--sl-color-gray-2, #444); }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; margin-inline-end: 0.35em; vertical-align: -0.1em; border-radius: 2px; }
.swatch-ok { background: var(--sl-color-green-low, #d8f5e0); border: 1px solid var(--sl-color-green, #197034); }
.swatch-no { background: var(--sl-color-red-low, #fbe0e0); border: 1px solid var(--sl-color-red, #b3261e); }
.swatch-window { border: 1.5px dashed var(--sl-color-green, #197034); }
`;
