import type { PresetRef } from "./types.ts";

/** The part of a docs collection entry this needs (what `getCollection("docs")` returns). */
export interface GuideEntryLike {
  id: string;
  data: {
    title: string;
    guide?: { causes: Array<{ id: string; title: string; scenario?: PresetRef }> } | undefined;
  };
}

export interface Preset {
  /** Stable: `<guide id>#<cause id>`. */
  id: string;
  /** The guide's title, to group the list. */
  group: string;
  label: string;
  ref: PresetRef;
}

/** One preset per guide cause that has a lab scenario, guides in id order, causes in the guide's order. */
export function listPresets(entries: readonly GuideEntryLike[]): Preset[] {
  return [...entries]
    .filter((entry) => entry.data.guide)
    .sort((a, b) => a.id.localeCompare(b.id))
    .flatMap((entry) =>
      entry.data.guide!.causes.flatMap((cause) =>
        cause.scenario
          ? [{ id: `${entry.id}#${cause.id}`, group: entry.data.title, label: cause.title, ref: { service: cause.scenario.service, ...(cause.scenario.frontDoor ? { frontDoor: cause.scenario.frontDoor } : {}), faults: [...cause.scenario.faults] } }]
          : [],
      ),
    );
}
