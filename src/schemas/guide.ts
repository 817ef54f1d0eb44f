import { z } from "astro/zod";
import { isServiceId } from "../lab/world/services.ts";

/** AWS error codes are spelled exactly as AWS spells them: PascalCase letters and digits. */
const errorCode = z.string().regex(/^[A-Z][A-Za-z0-9]+$/, "an AWS error code such as `InvalidClientTokenId`");

/** Stable ids become URL anchors (`/errors/x/#cause-id`) and must never change once published. */
const anchorId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a kebab-case id such as `stale-session-token`");

/**
 * A service of the lab's registry (src/lab/world/registry/): botocore's service name (`dynamodb`, `secretsmanager`,
 * `bedrock-runtime`) or an extra row (`sqs-query`). Read at build time only, so guide pages ship none of the table.
 */
export const labService = z.string().refine(isServiceId, {
  error: (issue) => `\`${String(issue.input)}\` is not a service of the lab's registry: use botocore's service name (the AWS CLI command, e.g. \`secretsmanager\`), or \`sqs-query\` for SQS on the query protocol`,
});

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
  /** An S3 browser form upload instead of the sample request: a POST scenario id (src/lab/s3/postObject/postScenarios.ts). */
  post: z.string().optional(),
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

/**
 * The SDKs whose credential chain the simulator models (src/credentialChain, `sigfix credentials --sdk`), by the
 * ids the CLI takes.
 */
export const chainSdk = z.enum(["botocore", "js-v3", "go-v2", "java-v2"]);

/** Everything that prints a client-side credential error: the modelled SDKs plus tools quoted for their words only. */
export const clientSdk = z.enum(["botocore", "aws-cli", "js-v3", "go-v1", "go-v2", "java-v2", "terraform"]);

/**
 * A simulator preset: what the credential chain sees. No secret is ever needed; key IDs and the presence of values
 * are enough, so presets use the documented example identities (README, "The lab's default world").
 */
export const chainScenario = z.object({
  /** The whole environment, as `KEY=VALUE` pairs: nothing else is read. */
  env: z.record(z.string(), z.string()).default({}),
  /** The text of `~/.aws/config` (empty = no file). */
  config: z.string().default(""),
  /** The text of `~/.aws/credentials` (empty = no file). */
  credentials: z.string().default(""),
  /** A profile named in code or on the command line (`--profile`, `Session(profile_name=…)`), not by `AWS_PROFILE`. */
  profile: z.string().optional(),
  /**
   * Where the program runs: `local` (no metadata service answers), `ec2` (IMDS answers with an instance role),
   * `ec2-imds-unreachable` (IMDS times out, e.g. from a container with hop limit 1).
   */
  surroundings: z.enum(["local", "ec2", "ec2-imds-unreachable"]).default("local"),
  /** Cached IAM Identity Center tokens (`~/.aws/sso/cache`), by `sso_session` name or, for legacy profiles, start URL. */
  ssoCache: z.array(z.object({ key: z.string(), expiresAt: z.string() })).default([]),
  /** The simulated clock, for token expiry (ISO 8601). */
  now: z.string().default("2026-06-01T12:00:00Z"),
});

/** What the simulator yields for one SDK: the source that wins, or the exact text printed when nothing resolves. */
const chainOutcome = z.object({
  sdk: chainSdk,
  /** botocore's method name of the winning source (`env`, `shared-credentials-file`, `sso`…); absent when none wins. */
  source: z.string().optional(),
  /** The start of the error text when nothing resolves (the SDK appends details after it). */
  error: z.string().optional(),
});

/**
 * A client-side error: an SDK or tool gave up before any request reached AWS, so there is no HTTP response, only
 * the words it printed. Each one gets the short link `/e/<code>` like a response row.
 */
const clientMessage = z.object({
  /** Who prints it. */
  sdk: clientSdk,
  /**
   * The exception class or error code as printed (`NoCredentialsError`, `CredentialsProviderError`,
   * `NoCredentialProviders`); absent when the SDK prints none (Go SDK v2, Terraform), and then there is no short link.
   */
  code: errorCode.optional(),
  /** The stable words, byte for byte, without the details some SDKs append (provider lists, URLs, wrapped errors). */
  message: z.string(),
  /** A full line as a reader sees it, when it differs from `code: message`. */
  printed: z.string().optional(),
  /** What this exact text means, in one sentence. */
  meaning: z.string(),
  /** The SDK source or capture (also listed in `sources`) showing the text verbatim. */
  messageSource: z.url(),
  /** The SDK version the text was read from or captured with. */
  version: z.string(),
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
  /** For client-side causes: the credential-chain preset that reproduces it in the simulator (/credentials/). */
  chain: chainScenario.optional(),
  /** What `chain` yields, per SDK: checked by tests/content against src/credentialChain. */
  chainExpect: z.array(chainOutcome).optional(),
});

/** A public source backing the guide's claims. */
const source = z.object({
  title: z.string(),
  url: z.url(),
});

/** Frontmatter of an error guide (`content/errors/*.mdx`). One guide per error family. */
export const guideSchema = z
  .object({
    /** One past-tense sentence: what AWS (or, for client-side errors, the SDK) rejected. */
    summary: z.string(),
    /** Every exact response this family covers; each code gets the short link `/e/<code>`. Empty for client-side errors. */
    responses: z.array(responseVariant).default([]),
    /** Client-side errors: what each SDK prints when it gives up before sending anything. */
    clientMessages: z.array(clientMessage).default([]),
    /** The lab scenario computed at build time for the worked example (guides about AWS responses). */
    workedExample: labScenario.optional(),
    /** The simulator preset computed at build time for the worked example (client-side guides). */
    chainExample: chainScenario.optional(),
    /** Causes in order of likelihood. */
    causes: z.array(cause).min(1),
    /** Sources for the claims on the page. */
    sources: z.array(source).min(1),
    /** Set when the guide is retired: the page stays, with this note on top. */
    retired: z.string().optional(),
  })
  .refine((g) => g.responses.length > 0 || g.clientMessages.length > 0, {
    message: "A guide quotes at least one AWS response (`responses`) or one client-side message (`clientMessages`).",
  })
  .refine((g) => g.workedExample !== undefined || g.chainExample !== undefined, {
    message: "A guide needs a worked example: `workedExample` (a lab scenario) or `chainExample` (a simulator preset).",
  });

export type Guide = z.infer<typeof guideSchema>;
export type GuideCause = z.infer<typeof cause>;
export type GuideResponse = z.infer<typeof responseVariant>;
export type LabScenarioRef = z.infer<typeof labScenario>;
export type GuideClientMessage = z.infer<typeof clientMessage>;
export type ChainScenarioRef = z.infer<typeof chainScenario>;
export type ChainOutcome = z.infer<typeof chainOutcome>;

/** Starlight's docs schema, extended with the optional `guide` block that every page under errors/ carries. */
export const docsExtension = z.object({
  /** Present on error guides only. */
  guide: guideSchema.optional(),
});
