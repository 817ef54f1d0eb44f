import { EXAMPLE_SERVER_NOW } from "../../lab/index.ts";
import type { Identity, Scenario } from "../../lab/index.ts";
import { defineTimeline } from "../timeline/index.ts";
import type { TimelineChangeDetail } from "../timeline/index.ts";
import { PRESIGN_DEFAULT_SECONDS } from "./constants.ts";

const BASE_MS = Date.parse(EXAMPLE_SERVER_NOW);

export interface TimelineHandle {
  /** Draws a run: the server clock, the request time, the token's expiry, a presigned URL's lifetime. */
  show(scenario: Scenario, identities: readonly Identity[]): void;
}

/**
 * Puts <sf-timeline> in its slot. The reader's drags come back as the new skew and the new server clock (the lab's
 * example time moved by the server handle), which the playground puts in its controls and runs at once.
 */
export function wireTimeline(slot: HTMLElement, onChange: (skewSeconds: number, serverNow: string) => void): TimelineHandle {
  defineTimeline();
  const timeline = document.createElement("sf-timeline");
  timeline.setAttribute("server-time", EXAMPLE_SERVER_NOW);
  slot.append(timeline);
  timeline.addEventListener("change", (event) => {
    const { offsetSeconds, serverShiftSeconds } = (event as CustomEvent<TimelineChangeDetail>).detail;
    onChange(offsetSeconds, new Date(BASE_MS + serverShiftSeconds * 1000).toISOString().replace(".000Z", "Z"));
  });
  const set = (name: string, value: string | null) => {
    if (value === null) timeline.removeAttribute(name);
    else if (timeline.getAttribute(name) !== value) timeline.setAttribute(name, value);
  };
  return {
    show(s, identities) {
      const shift = Math.round((Date.parse(s.serverNow) - BASE_MS) / 1000);
      set("server-shift-seconds", String(Number.isFinite(shift) ? shift : 0));
      set("skew-seconds", String(s.clockSkewSeconds));
      set("service", s.service);
      set("token-expires", identities.find((identity) => identity.accessKeyId === s.credentials.accessKeyId)?.expiresAt ?? null);
      set("presign-expires", s.mode === "query" ? String(s.expiresIn ?? PRESIGN_DEFAULT_SECONDS) : null);
    },
  };
}
