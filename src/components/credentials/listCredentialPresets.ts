import type { ChainScenarioRef } from "../../schemas/guide.ts";
import type { CredentialPreset } from "./types.ts";

/** The part of a docs entry this reads (`getCollection("docs")` entries fit). */
export interface PresetEntryLike {
  id: string;
  data: { title: string; guide?: { chainExample?: ChainScenarioRef | undefined; causes: Array<{ id: string; title: string; chain?: ChainScenarioRef | undefined }> } | undefined };
}

const NOW = "2026-06-01T12:00:00Z";

/** The page's own presets, first in the list. Identities are the README's documented examples. */
export const PAGE_PRESETS: CredentialPreset[] = [
  {
    id: "stale-session-token",
    group: "Classic traps",
    label: "Stale AWS_SESSION_TOKEN beside new long-term keys",
    env: {
      AWS_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE",
      AWS_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      AWS_SESSION_TOKEN: "sigfix-expired-session-token-EXAMPLE",
      AWS_REGION: "us-east-1",
    },
    config: "[default]\nregion = eu-west-1\n",
    credentials: "",
    surroundings: "local",
    ssoCache: [],
    now: NOW,
  },
  {
    id: "profile-vs-env-keys",
    group: "Classic traps",
    label: "AWS_PROFILE beside environment keys (the SDKs disagree)",
    env: { AWS_PROFILE: "dev", AWS_ACCESS_KEY_ID: "AKIDEXAMPLE", AWS_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" },
    config: "[profile dev]\nregion = eu-west-1\n",
    credentials: "[dev]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
    surroundings: "local",
    ssoCache: [],
    now: NOW,
  },
  { id: "empty", group: "Classic traps", label: "An empty machine", env: {}, config: "", credentials: "", surroundings: "local", ssoCache: [], now: NOW },
];

const fromRef = (id: string, group: string, label: string, ref: ChainScenarioRef): CredentialPreset => ({
  id,
  group,
  label,
  env: { ...ref.env },
  config: ref.config,
  credentials: ref.credentials,
  profile: ref.profile,
  surroundings: ref.surroundings,
  ssoCache: ref.ssoCache.map((t) => ({ ...t })),
  now: ref.now,
});

/** The page's presets, then every guide's worked example and cause presets, guides in id order. */
export function listCredentialPresets(entries: readonly PresetEntryLike[]): CredentialPreset[] {
  const guides = [...entries].filter((e) => e.id.startsWith("errors/") && e.data.guide).sort((a, b) => a.id.localeCompare(b.id));
  const fromGuides = guides.flatMap((entry) => {
    const slug = entry.id.slice("errors/".length);
    const guide = entry.data.guide!;
    return [
      ...(guide.chainExample ? [fromRef(slug, entry.data.title, "Worked example", guide.chainExample)] : []),
      ...guide.causes.flatMap((cause) => (cause.chain ? [fromRef(`${slug}:${cause.id}`, entry.data.title, cause.title, cause.chain)] : [])),
    ];
  });
  return [...PAGE_PRESETS, ...fromGuides];
}
