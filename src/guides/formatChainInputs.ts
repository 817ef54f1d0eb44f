import type { ChainScenarioRef } from "../schemas/guide.ts";

/** A simulator preset as the three texts a reader would have: the environment, ~/.aws/config, ~/.aws/credentials. */
export function formatChainInputs(scenario: ChainScenarioRef): Array<{ title: string; text: string }> {
  const env = Object.entries(scenario.env).map(([key, value]) => `${key}=${value}`);
  return [
    { title: "Environment", text: env.length > 0 ? env.join("\n") : "(no AWS_* variables)" },
    ...(scenario.config ? [{ title: "~/.aws/config", text: scenario.config.trimEnd() }] : []),
    ...(scenario.credentials ? [{ title: "~/.aws/credentials", text: scenario.credentials.trimEnd() }] : []),
  ];
}

/** The /credentials/ link that opens a guide's preset: `#preset=<guide>` or `#preset=<guide>:<cause-id>`, both forever. */
export function chainPresetHref(guideSlug: string, causeId?: string): string {
  return `/credentials/#preset=${encodeURIComponent(causeId ? `${guideSlug}:${causeId}` : guideSlug)}`;
}
