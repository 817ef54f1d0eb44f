// Inside a guide's frame, `position: sticky` has nothing to stick to: the frame is as tall as its content and the
// guide scrolls instead. The guide tells us which rows of the frame are on screen (watchEmbeddedFrame.ts); this moves
// the answer (two panes) or the verdict (one column) down with the reader, never past the playground's end.
import { EMBED_VIEWPORT_MESSAGE } from "./constants.ts";

const GAP = 8;

/** The visible rows a viewport message carries, or null for any other message. */
function readViewport(event: MessageEvent): { top: number; bottom: number } | null {
  if (event.origin !== location.origin || event.source !== window.parent) return null;
  const data: unknown = event.data;
  if (typeof data !== "object" || data === null || (data as { type?: unknown }).type !== EMBED_VIEWPORT_MESSAGE) return null;
  const { top, bottom } = data as { top?: unknown; bottom?: unknown };
  return typeof top === "number" && typeof bottom === "number" && Number.isFinite(top) && Number.isFinite(bottom) ? { top, bottom } : null;
}

/** Shifts the answer (or the verdict) so its top sits at the first visible row, within the playground. */
function follow(playground: HTMLElement, top: number): void {
  const layout = playground.querySelector<HTMLElement>(".sf-layout")!;
  const twoPanes = getComputedStyle(layout).gridTemplateColumns.trim().split(/\s+/).length > 1;
  const answer = playground.querySelector<HTMLElement>(".sf-answer")!;
  const verdict = playground.querySelector<HTMLElement>(".sf-verdict-box")!;
  const target = twoPanes ? answer : verdict;
  (twoPanes ? verdict : answer).style.translate = "";
  target.style.translate = "";
  const box = target.getBoundingClientRect();
  const end = playground.getBoundingClientRect().bottom;
  const shift = Math.max(0, Math.min(top + GAP - box.top, end - box.bottom));
  target.style.translate = shift > 0 ? `0 ${Math.round(shift)}px` : "";
}

/** Starts following the guide's scroll for one playground. */
export function keepAnswerInView(playground: HTMLElement): void {
  if (window.parent === window) return;
  let last = 0;
  addEventListener("message", (event) => {
    const viewport = readViewport(event);
    if (!viewport) return;
    last = viewport.top;
    follow(playground, last);
  });
  new ResizeObserver(() => follow(playground, last)).observe(playground);
}
