// Inside a guide's frame: tells the guide page how tall the playground is, so the frame fits it and nothing
// scrolls inside it. Same origin only; the guide checks origin, source and shape (OpenInPlayground.astro).
import { EMBED_HEIGHT_MESSAGE } from "./constants.ts";

function post(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, location.origin);
}

if (window.parent !== window) {
  let frame = 0;
  new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(post);
  }).observe(document.documentElement);
  post();
}
