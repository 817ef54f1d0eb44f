import { z } from "astro/zod";

/** AWS error codes are spelled exactly as AWS spells them: PascalCase letters and digits. */
const errorCode = z.string().regex(/^[A-Z][A-Za-z0-9]+$/, "an AWS error code such as `InvalidClientTokenId`");

/** Stable ids become URL anchors (`/errors/x/#cause-id`) and must never change once published. */
const anchorId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a kebab-case id such as `stale-session-token`");

/** A service the lab models. */
export const labService = z.enum(["dynamodb", "sts", "iam", "s3", "lambda", "kinesis", "kms", "sqs", "ec2"]);

/** The wire protocols whose error bodies differ. */
export const protocol = z.enum([
  "awsJson1_0",
  "awsJson1_1",
  "restJson1",
  "awsQuery",
  "ec2Query",
  "restXml",
  "dynamodbLocal",
  "apiGateway",
]);

/** The front doors the lab models in front of a service (src/lab/frontDoors/index.ts). */
export const frontDoor = z.enum([
  "execute-api",
  "lambda-url",
  "cloudfront-oac-lambda",
  "opensearch",
  "opensearch-serverless",
  "bedrock-runtime",
  "appsync",
  "iot-websocket",
  "kinesis-video-websocket",
]);

/** A lab run: the service's sample request with faults applied in order (ids from src/lab/faults/index.ts). */
const labScenario = z.object({
  /** The service whose sample request and front door are used (for a `frontDoor`, the service it stands in front of). */
  service: labService,
  /** A front door in front of the service: its sample request, signing name, checks and error format replace the service's. */
  frontDoor: frontDoor.optional(),
  /** Fault ids applied in order; empty = the correct request. */
  faults: z.array(z.string()).default([]),
});

/** One exact answer AWS gives: a row of the guide's response table. */
const responseVariant = z.object({
  /** The code, as AWS writes it (`__type`, `<Code>` or `x-amzn-ErrorType`). */
  code: errorCode,
  /** HTTP status of that response. */
  status: z.number().int().min(100).max(599),
  /** The protocol family that answers this way. */
  protocol,
  /** Example services that answer this way (free text, e.g. "DynamoDB", "STS"). */
  services: z.array(z.string()).min(1),
  /** The message byte for byte: trailing periods and spaces matter. */
  message: z.string(),
  /** What this exact variant means, in one sentence. */
  meaning: z.string(),
  /** The entry in ../shared/reference/aws-auth-errors.json this row rests on. */
  catalogueId: z.string().optional(),
  /** For a message the catalogue lacks: the URL (also listed in `sources`) that shows it verbatim. */
  messageSource: z.url().optional(),
  /** A lab scenario that produces exactly this response (rendered on the page). */
  scenario: labScenario.optional(),
  /** Whether `/e/<code>` points here. Exactly one guide owns each code's short link; others set false. */
  shortLink: z.boolean().default(true),
});

/** One cause of the error, ranked by how often it happens. */
const cause = z.object({
  /** Stable anchor: `/errors/<guide>/#<id>`. Never rename a published id. */
  id: anchorId,
  /** The cause in a few words, as a heading. */
  title: z.string(),
  /** The lab scenario that reproduces it; omitted only when the lab cannot model it (say why in `labNote`). */
  scenario: labScenario.optional(),
  /** Why the lab cannot reproduce this cause, when `scenario` is absent. */
  labNote: z.string().optional(),
  /** What the scenario yields: checked by tests/content against the lab. */
  expect: z.object({ code: z.string(), message: z.string() }).optional(),
});

/** A public source backing the guide's claims. */
const source = z.object({
  title: z.string(),
  url: z.url(),
});

/** Frontmatter of an error guide (`content/errors/*.mdx`). One guide per error family. */
export const guideSchema = z.object({
  /** One past-tense sentence: what AWS rejected. */
  summary: z.string(),
  /** Every exact response this family covers; each code gets the short link `/e/<code>`. */
  responses: z.array(responseVariant).min(1),
  /** The scenario computed at build time for the worked example. */
  workedExample: labScenario,
  /** Causes in order of likelihood. */
  causes: z.array(cause).min(1),
  /** Sources for the claims on the page. */
  sources: z.array(source).min(1),
  /** Set when the guide is retired: the page stays, with this note on top. */
  retired: z.string().optional(),
});

export type Guide = z.infer<typeof guideSchema>;
export type GuideCause = z.infer<typeof cause>;
export type GuideResponse = z.infer<typeof responseVariant>;
export type LabScenarioRef = z.infer<typeof labScenario>;

/** Starlight's docs schema, extended with the optional `guide` block that every page under errors/ carries. */
export const docsExtension = z.object({
  /** Present on error guides only. */
  guide: guideSchema.optional(),
});
