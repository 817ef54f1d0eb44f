// The guide page's half of the embed: sizes the frame from its height messages, and tells the frame which part of it
// is on screen, so the frame can keep its answer in view as the guide scrolls. Tiny: guide pages load it up front.
import { EMBED_HEIGHT_MESSAGE, EMBED_VIEWPORT_MESSAGE } from "./constants.ts";

const MIN_HEIGHT = 200;
const MAX_HEIGHT = 20_000;

/** A height message from this very frame, of the expected shape, or null. */
function readHeight(event: MessageEvent, frame: HTMLIFrameElement): number | null {
  if (event.origin !== location.origin || event.source !== frame.contentWindow) return null;
  const data: unknown = event.data;
  if (typeof data !== "object" || data === null || (data as { type?: unknown }).type !== EMBED_HEIGHT_MESSAGE) return null;
  const height = (data as { height?: unknown }).height;
  if (typeof height !== "number" || !Number.isFinite(height)) return null;
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
}

/** How far down the viewport Starlight's fixed header (and, on phones, its sticky "On this page" bar) reach. */
function coveredTop(): number {
  const bars = [document.querySelector(".header"), document.querySelector("mobile-starlight-toc nav")];
  return Math.max(0, ...bars.map((bar) => (bar instanceof HTMLElement && bar.offsetParent !== null ? bar.getBoundingClientRect().bottom : 0)));
}

/** Starts watching; returns the function that stops. */
export function watchEmbeddedFrame(frame: HTMLIFrameElement): () => void {
  let pending = 0;
  const postViewport = () => {
    pending = 0;
    const rect = frame.getBoundingClientRect();
    frame.contentWindow?.postMessage({ type: EMBED_VIEWPORT_MESSAGE, top: Math.max(0, coveredTop() - rect.top), bottom: innerHeight - rect.top }, location.origin);
  };
  const schedule = () => {
    if (!pending) pending = requestAnimationFrame(postViewport);
  };
  const onMessage = (event: MessageEvent) => {
    const height = readHeight(event, frame);
    if (height === null) return;
    // The message gives the document's height; the frame adds its own border (border-box sizing).
    frame.style.height = `${height + frame.offsetHeight - frame.clientHeight}px`;
    schedule();
  };
  addEventListener("message", onMessage);
  addEventListener("scroll", schedule, { passive: true });
  addEventListener("resize", schedule);
  return () => {
    removeEventListener("message", onMessage);
    removeEventListener("scroll", schedule);
    removeEventListener("resize", schedule);
    cancelAnimationFrame(pending);
  };
}
