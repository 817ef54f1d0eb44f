import { listServices } from "../../lab/index.ts";

/** How people write the protocols, so `json 1.1` or `rest-xml` finds them too. */
const PROTOCOL_WORDS: Record<string, string> = {
  awsJson1_0: "json 1.0",
  awsJson1_1: "json 1.1",
  restJson1: "rest-json",
  awsQuery: "query xml",
  ec2Query: "ec2 query xml",
  restXml: "rest-xml xml",
};

/** One choice of the "Service" picker: the registry id, and what the reader sees and can search for. */
export interface ServiceOption {
  value: string;
  /** `CloudWatch Logs · logs · awsJson1_1 · 15 min`: title, name, protocol, skew window. */
  label: string;
  /** Lower-cased words a search matches: title, id, signing name, endpoint prefix, protocol. */
  keywords: string;
}

/**
 * The choices of the "Service" picker, from the lab's registry (every service of AWS's models), sorted by title.
 * The one place the list is made: when the registry grows, only this function changes.
 */
export function listServiceOptions(): ServiceOption[] {
  return listServices()
    .map((spec) => {
      // The CLI name, unless the title already says it ("Secrets Manager" is secretsmanager).
      const name = spec.id === spec.title.toLowerCase().replace(/\s+/g, "") ? "" : ` · ${spec.id}`;
      return {
        value: spec.id,
        label: `${spec.title}${name} · ${spec.protocol} · ${spec.skewWindowMinutes} min`,
        keywords: [spec.title, spec.id, spec.signingName, spec.endpointPrefix, spec.protocol, PROTOCOL_WORDS[spec.protocol] ?? ""].join(" ").toLowerCase(),
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label, "en"));
}

/**
 * The options a search keeps: every word of the query must appear in an option's keywords (so `json sqs`,
 * `secrets`, `execute-api` and `5 min`-free words all work). An empty query keeps everything. Never throws,
 * whatever the query (a 1 MB paste is cut to its first 100 characters).
 */
export function filterServiceOptions(options: ServiceOption[], query: string): ServiceOption[] {
  const words = query.slice(0, 100).toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return options;
  return options.filter((o) => words.every((w) => o.keywords.includes(w)));
}
