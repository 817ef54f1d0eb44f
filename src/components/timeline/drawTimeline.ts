import type { MarkerLabels } from "./describeMarkers.ts";
import type { AxisPoint, TimelineLayout } from "./layoutTimeline.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

/** One SVG element with its attributes (text goes in through textContent, never as markup). */
export function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Where a label anchors before it is measured: start near the left edge, end near the right. */
function anchor(x: number, width: number): "start" | "middle" | "end" {
  return x < 90 ? "start" : x > width - 90 ? "end" : "middle";
}

/** Moves each label, once measured, so it lies wholly inside the drawing (centred on its mark where it fits). */
function keepLabelsInside(layer: SVGGElement, width: number): void {
  for (const text of layer.querySelectorAll<SVGTextElement>("text")) {
    const length = text.getComputedTextLength();
    if (!(length > 0)) continue;
    const x = Number(text.getAttribute("x"));
    const a = text.getAttribute("text-anchor");
    const left = a === "start" ? x : a === "end" ? x - length : x - length / 2;
    const fitted = Math.max(2, Math.min(width - length - 2, left));
    if (Math.abs(fitted - left) > 0.5) {
      text.setAttribute("text-anchor", "start");
      text.setAttribute("x", String(fitted));
    }
  }
}
const arrow = (p: AxisPoint, label: string) => (p.offscale < 0 ? `◀ ${label}` : p.offscale > 0 ? `${label} ▶` : label);

/** Redraws everything but the two handles (which keep focus across redraws) into `layer`. */
export function drawTimeline(layer: SVGGElement, l: TimelineLayout, labels: MarkerLabels): void {
  layer.replaceChildren();
  const { rows, width } = l;
  const band = rows.bandBottom - rows.bandTop;
  for (const z of l.zones) {
    layer.append(svg("rect", { class: z.accepted ? "zone-ok" : "zone-no", x: z.x0, y: rows.bandTop, width: Math.max(0, z.x1 - z.x0), height: band, "data-zone": z.accepted ? "accepted" : "refused" }));
  }
  if (l.window) layer.append(svg("rect", { class: "window", x: l.window.x0, y: rows.bandTop, width: Math.max(0, l.window.x1 - l.window.x0), height: band }));
  for (const t of l.ticks) {
    const g = svg("g", { class: "tick" });
    g.append(svg("line", { x1: t.x, x2: t.x, y1: rows.bandBottom, y2: rows.bandBottom + 4 }), svg("text", { x: t.x, y: rows.tickLabelY, "text-anchor": "middle" }, t.label));
    layer.append(g);
  }
  layer.append(
    svg("line", { class: "server-line", x1: l.server.x, x2: l.server.x, y1: rows.serverHandleY, y2: rows.bandBottom }),
    svg("line", { class: "request-line", x1: l.request.x, x2: l.request.x, y1: rows.bandTop, y2: rows.requestHandleY }),
    svg("text", { class: "label-server", x: l.server.x, y: rows.labelY, "text-anchor": anchor(l.server.x, width) }, arrow(l.server, labels.server)),
    svg("text", { class: "label-request", x: l.request.x, y: rows.requestLabelY, "text-anchor": anchor(l.request.x, width) }, arrow(l.request, labels.request)),
  );
  if (l.retry && Math.abs(l.retry.x - l.request.x) > 1) {
    // The SDK's own retry: an arrow from the first attempt's X-Amz-Date to where it signs again.
    const y = rows.requestHandleY;
    const dir = l.retry.x > l.request.x ? 1 : -1;
    layer.append(
      svg("line", { class: "retry", x1: l.request.x + dir * 9, x2: l.retry.x - dir * 9, y1: y, y2: y }),
      svg("path", { class: "retry-head", d: `M ${l.retry.x - dir * 9} ${y - 4} L ${l.retry.x - dir * 3} ${y} L ${l.retry.x - dir * 9} ${y + 4} Z` }),
      svg("circle", { class: "retry-ghost", cx: l.retry.x, cy: y, r: 6, "data-mark": "retry" }),
    );
  }
  if (l.token && rows.tokenY !== null && labels.token) {
    const y = rows.tokenY;
    const left = l.zones[0]?.x0 ?? 0, right = l.zones.at(-1)?.x1 ?? width;
    if (l.token.x > left) layer.append(svg("line", { class: "token-ok", x1: left, x2: l.token.x, y1: y, y2: y }));
    if (right > l.token.x) layer.append(svg("line", { class: "token-no", x1: l.token.x, x2: right, y1: y, y2: y }));
    layer.append(
      svg("line", { class: "token-mark", x1: l.token.x, x2: l.token.x, y1: y - 6, y2: y + 6 }),
      svg("text", { x: l.token.x, y: y - 9, "text-anchor": anchor(l.token.x, width) }, arrow(l.token, labels.token)),
    );
  }
  if (l.presign && rows.presignY !== null && labels.presign) {
    const y = rows.presignY;
    const p = l.presign;
    layer.append(
      svg("line", { class: p.overCap || p.expired ? "presign-no" : "presign-ok", x1: p.start.x, x2: Math.max(p.start.x + 2, p.end.x), y1: y, y2: y }),
      svg("line", { class: "cap", x1: p.cap.x, x2: p.cap.x, y1: y - 8, y2: y + 8 }),
      svg("text", { x: p.start.x, y: y - 9, "text-anchor": anchor(p.start.x, width) }, labels.presign),
      svg("text", { class: "cap-label", x: p.cap.x, y: y + 20, "text-anchor": anchor(p.cap.x, width) }, arrow(p.cap, labels.cap)),
    );
  }
  if (layer.isConnected) keepLabelsInside(layer, width);
}
