// Compares what a real SDK did on a case with what the model predicts. Returns a disagreement, or undefined.
import { resolveCredentials, type ChainInput, type ResolvedCredentials, type SdkId } from "../../../src/credentialChain/index.ts";
import type { ChainCase, SdkOutcome } from "./chainCaseTypes.ts";

/** The time the cases' expiry dates are judged against (tokens expire in 2020, credentials in 2099). */
export const CASE_NOW = "2026-12-01T00:00:00Z";

export function modelInput(chainCase: ChainCase): ChainInput {
  return { env: chainCase.env, home: chainCase.dir, files: chainCase.files, explicitProfile: chainCase.explicitProfile, surroundings: chainCase.surroundings, now: CASE_NOW };
}

/** The key the stub STS hands out for a role the case did not plan for names the ARN: `STS(<arn>)`. */
function expectedKeyId(credentials: ResolvedCredentials | undefined): string | undefined {
  const roleArn = credentials?.assumeRole?.roleArn;
  return credentials?.accessKeyId ?? (roleArn !== undefined ? `STS(${roleArn})` : undefined);
}

/** The key IDs that call AssumeRole, innermost first, as the model resolves them. */
export function assumeRoleCallers(credentials: ResolvedCredentials | undefined): string[] {
  const source = credentials?.assumeRole?.sourceCredentials;
  return source ? [...assumeRoleCallers(source), expectedKeyId(source) ?? "?"] : [];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function compareWithModel(sdk: SdkId, chainCase: ChainCase, real: SdkOutcome): string | undefined {
  const model = resolveCredentials(sdk, modelInput(chainCase));
  const said = `model: ${JSON.stringify({ source: model.source, accessKeyId: model.accessKeyId, callers: assumeRoleCallers(model.credentials), error: model.error, fetchError: model.credentials?.fetchError })}`;
  const got = `real: ${JSON.stringify(real)}`;
  const fetchError = model.credentials?.fetchError;
  if (fetchError) {
    if (real.method !== model.source) return `sources differ. ${got}; ${said}`;
    if (!same(real.fetchError, fetchError)) return `first-use errors differ. ${got}; ${said}`;
    return undefined;
  }
  if (!model.resolved) {
    if (!real.error || (sdk === "botocore" && real.method)) return `the SDK found credentials, the model did not. ${got}; ${said}`;
    if (real.error.name !== model.error?.name) return `error names differ. ${got}; ${said}`;
    if (!model.error.approximate && real.error.message !== model.error.message) return `error texts differ. ${got}; ${said}`;
    return undefined;
  }
  if (real.error) return `the model found credentials, the SDK stopped. ${got}; ${said}`;
  if (sdk === "botocore" && real.method !== model.source) return `sources differ. ${got}; ${said}`;
  if (real.fetchError) return `the SDK failed on first use, the model did not expect it. ${got}; ${said}`;
  if (real.accessKeyId !== expectedKeyId(model.credentials)) return `key IDs differ. ${got}; ${said}`;
  if (!same(real.sourceKeys ?? [], assumeRoleCallers(model.credentials))) return `AssumeRole callers differ. ${got}; ${said}`;
  return undefined;
}

/** The region: what the SDK's own region lookup returned against the model's, or a disagreement. */
export function compareRegion(sdk: SdkId, chainCase: ChainCase, real: SdkOutcome): string | undefined {
  const model = resolveCredentials(sdk, modelInput(chainCase));
  const realRegion = real.region ?? undefined;
  return realRegion === model.region ? undefined : `${chainCase.id}: ${sdk} says ${JSON.stringify(realRegion)}, the model ${JSON.stringify(model.region)} (${model.regionSource})`;
}
