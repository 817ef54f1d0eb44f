// <sf-timeline>: the server clock, the request time and the windows that judge it, as an SVG with two sliders.
import { describeMarkers } from "./describeMarkers.ts";
import { describeSkew } from "./describeSkew.ts";
import { formatDuration } from "./formatDuration.ts";
import { drawTimeline, svg } from "./drawTimeline.ts";
import { layoutTimeline } from "./layoutTimeline.ts";
import type { Domain, TimelineLayout } from "./layoutTimeline.ts";
import { clampSkew, MAX_SKEW_SECONDS, MIN_SKEW_SECONDS, parseTimelineAttributes } from "./parseTimelineAttributes.ts";
import type { TimelineAttributes } from "./parseTimelineAttributes.ts";
import { TIMELINE_CSS } from "./timelineStyles.ts";

/** What a 'change' event carries: the new skew, and how far the reader moved the server clock. */
export interface TimelineChangeDetail {
  /** Request time minus server clock, seconds (the lab's Scenario.clockSkewSeconds). */
  offsetSeconds: number;
  /** How far the server clock was dragged from `server-time`, seconds (0 when only the request moved). */
  serverShiftSeconds: number;
  /** Which handle moved. */
  source: "request" | "server";
}

type Handle = "request" | "server";
const describeOffset = (s: number) => (s === 0 ? "at the server's time" : `${formatDuration(s)} ${s < 0 ? "behind" : "ahead of"} the server`);
const ATTRIBUTES = ["server-time", "skew-seconds", "service", "window-minutes", "token-expires", "presign-expires", "server-shift-seconds", "retry-skew-seconds", "retry-label"] as const;
const STEP_KEYS: Record<string, number> = { ArrowRight: 60, ArrowUp: 60, ArrowLeft: -60, ArrowDown: -60, PageUp: 3600, PageDown: -3600 };

export class SfTimeline extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES];
  #svg!: SVGSVGElement;
  #layer!: SVGGElement;
  #handles = {} as Record<Handle, SVGGElement>;
  #caption!: HTMLParagraphElement;
  #legend!: HTMLParagraphElement;
  #width = 0;
  #layout: TimelineLayout | null = null;
  /** While dragging: the frozen view, the pointer's start and the values it started from. */
  #drag: { handle: Handle; domain: Domain; startX: number; skew: number; shift: number } | null = null;

  connectedCallback(): void {
    if (!this.shadowRoot) {
      this.#build();
      new ResizeObserver(() => this.#resize()).observe(this);
    }
    this.#resize();
  }
  attributeChangedCallback(): void {
    if (this.shadowRoot) this.#render();
  }

  /** Request time minus server clock, seconds. Reflects `skew-seconds`. */
  get skewSeconds(): number {
    return this.#times().skewSeconds;
  }
  set skewSeconds(v: number) {
    this.setAttribute("skew-seconds", String(v));
  }
  /** The server clock (ISO 8601). Reflects `server-time`. */
  get serverTime(): string | null {
    return this.getAttribute("server-time");
  }
  set serverTime(v: string | null) {
    this.#reflect("server-time", v);
  }
  /** A lab service id (sts, dynamodb, s3, lambda…): picks the skew window. Reflects `service`. */
  get service(): string | null {
    return this.getAttribute("service");
  }
  set service(v: string | null) {
    this.#reflect("service", v);
  }
  /** Session token expiry (ISO 8601), or null. Reflects `token-expires`. */
  get tokenExpires(): string | null {
    return this.getAttribute("token-expires");
  }
  set tokenExpires(v: string | null) {
    this.#reflect("token-expires", v);
  }
  /** A presigned URL's X-Amz-Expires (seconds), or null for a header-signed request. Reflects `presign-expires`. */
  get presignExpires(): number | null {
    return this.#times().presignExpiresSeconds;
  }
  set presignExpires(v: number | null) {
    this.#reflect("presign-expires", v === null ? null : String(v));
  }

  #reflect(name: string, v: string | null): void {
    if (v === null) this.removeAttribute(name);
    else this.setAttribute(name, v);
  }
  #times() {
    const a = Object.fromEntries(ATTRIBUTES.map((n) => [n, this.getAttribute(n)])) as unknown as TimelineAttributes;
    return parseTimelineAttributes(a);
  }

  /** The skeleton once: the SVG, its redrawn layer, the two slider handles and the caption. */
  #build(): void {
    const root = this.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = TIMELINE_CSS;
    this.#svg = svg("svg", { role: "group", "aria-label": "Request time and server clock" }) as SVGSVGElement;
    this.#layer = svg("g", {}) as SVGGElement;
    this.#svg.append(this.#layer);
    for (const handle of ["server", "request"] as const) {
      const g = svg("g", { class: `handle ${handle}`, role: "slider", tabindex: 0, "aria-label": handle === "request" ? "Request time (X-Amz-Date)" : "Server clock", "aria-valuemin": MIN_SKEW_SECONDS / 60, "aria-valuemax": MAX_SKEW_SECONDS / 60, "aria-orientation": "horizontal" }) as SVGGElement;
      g.append(svg("circle", { class: "hit", r: 18 }), svg("circle", { class: "ring", r: 12 }), svg("circle", { class: "knob", r: 7 }));
      g.addEventListener("keydown", (e) => this.#onKey(handle, e));
      g.addEventListener("pointerdown", (e) => this.#onPointerDown(handle, e));
      g.addEventListener("pointermove", (e) => this.#onPointerMove(e));
      g.addEventListener("pointerup", () => this.#endDrag());
      g.addEventListener("pointercancel", () => this.#endDrag());
      this.#handles[handle] = g;
      this.#svg.append(g);
    }
    this.#caption = document.createElement("p");
    this.#caption.className = "caption";
    this.#legend = document.createElement("p");
    this.#legend.className = "legend";
    root.append(style, this.#svg, this.#caption, this.#legend);
  }

  #resize(): void {
    const w = this.clientWidth || 600;
    if (w === this.#width) return;
    this.#width = w;
    this.#render();
  }

  #render(): void {
    if (!this.#svg) return;
    const t = this.#times();
    const l = layoutTimeline(t, this.#width || 600, this.#drag?.domain);
    this.#layout = l;
    this.#svg.setAttribute("viewBox", `0 0 ${l.width} ${l.height}`);
    this.#svg.setAttribute("height", String(l.height));
    drawTimeline(this.#layer, l, describeMarkers(t));
    const text = describeSkew(t);
    const skewMinutes = Math.round(t.skewSeconds / 60);
    const place = (h: Handle, x: number, y: number, now: number) => {
      const g = this.#handles[h];
      g.setAttribute("transform", `translate(${x} ${y})`);
      g.setAttribute("aria-valuenow", String(Math.max(MIN_SKEW_SECONDS / 60, Math.min(MAX_SKEW_SECONDS / 60, now))));
      g.setAttribute("aria-valuetext", text);
    };
    place("request", l.request.x, l.rows.requestHandleY, skewMinutes);
    place("server", l.server.x, l.rows.serverHandleY, -skewMinutes);
    const v = l.verdict;
    const extra = [v.tokenExpired ? "the session token has expired" : "", v.presignOverCap ? "X-Amz-Expires is over the 7-day cap" : "", v.presignExpired ? "the presigned URL has expired" : ""].filter(Boolean);
    const retry = t.retry ? ` ${t.retry.label} corrects its clock and signs its retry ${describeOffset(t.retry.skewSeconds)}.` : "";
    this.#caption.textContent = `${text[0]!.toUpperCase()}${text.slice(1)}${extra.length ? `; ${extra.join("; ")}` : ""}.${retry}`;
    this.#caption.dataset.accepted = String(v.accepted);
    this.#drawLegend(t.windowApplies ? t.windowMinutes : null);
  }

  /** A key to the colours, in words (the zones are not told apart by colour alone: the caption says the verdict). */
  #drawLegend(windowMinutes: number | null): void {
    const item = (cls: string, text: string) => {
      const span = document.createElement("span");
      const swatch = document.createElement("span");
      swatch.className = `swatch ${cls}`;
      swatch.setAttribute("aria-hidden", "true");
      span.append(swatch, text);
      return span;
    };
    const items = [item("swatch-ok", "request times the server accepts"), item("swatch-no", "refused")];
    if (windowMinutes !== null) items.push(item("swatch-window", `±${windowMinutes}-minute skew window`));
    this.#legend.replaceChildren(...items);
  }

  /** Sets new values, redraws, and tells the host. */
  #commit(source: Handle, skew: number, shift: number): void {
    const before = this.#times();
    if (skew === before.skewSeconds && shift === before.serverShiftSeconds) return;
    this.setAttribute("skew-seconds", String(skew));
    this.setAttribute("server-shift-seconds", String(shift));
    const detail: TimelineChangeDetail = { offsetSeconds: skew, serverShiftSeconds: shift, source };
    this.dispatchEvent(new CustomEvent("change", { detail, bubbles: true }));
  }

  #onKey(handle: Handle, e: KeyboardEvent): void {
    const t = this.#times();
    // The server handle's value is server minus request: moving it right makes the request later relative to it.
    const sign = handle === "request" ? 1 : -1;
    let skew: number;
    if (e.key in STEP_KEYS) skew = t.skewSeconds + sign * STEP_KEYS[e.key]!;
    else if (e.key === "Home") skew = sign > 0 ? MIN_SKEW_SECONDS : MAX_SKEW_SECONDS;
    else if (e.key === "End") skew = sign > 0 ? MAX_SKEW_SECONDS : MIN_SKEW_SECONDS;
    else return;
    e.preventDefault();
    skew = clampSkew(skew);
    const shift = handle === "server" ? clampSkew(t.serverShiftSeconds + (t.skewSeconds - skew)) : t.serverShiftSeconds;
    this.#commit(handle, skew, shift);
  }

  #onPointerDown(handle: Handle, e: PointerEvent): void {
    if (!this.#layout || e.button !== 0) return;
    const t = this.#times();
    this.#handles[handle].setPointerCapture(e.pointerId);
    this.#handles[handle].focus();
    this.#drag = { handle, domain: this.#layout.domain, startX: e.clientX, skew: t.skewSeconds, shift: t.serverShiftSeconds };
    e.preventDefault();
  }
  #onPointerMove(e: PointerEvent): void {
    const d = this.#drag;
    if (!d || !this.#layout) return;
    const scale = this.#svg.getBoundingClientRect().width / this.#layout.width || 1;
    const minutes = Math.round((e.clientX - d.startX) / scale / this.#layout.pxPerSecond / 60);
    if (d.handle === "request") this.#commit("request", clampSkew(d.skew + minutes * 60), d.shift);
    else this.#commit("server", clampSkew(d.skew - minutes * 60), clampSkew(d.shift + minutes * 60));
  }
  #endDrag(): void {
    if (!this.#drag) return;
    this.#drag = null;
    this.#render();
  }
}

/** Defines <sf-timeline> once (safe to call from several islands). */
export function defineTimeline(): void {
  if (!customElements.get("sf-timeline")) customElements.define("sf-timeline", SfTimeline);
}
