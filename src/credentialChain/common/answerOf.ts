import type { EndpointAnswer, ResolvedCredentials, SourceName, CredentialOrigin } from "../types.ts";

/** Credentials an endpoint answer carries, shaped as a resolved source. */
export function credentialsFromAnswer(
  answer: Extract<EndpointAnswer, { kind: "credentials" }>,
  source: SourceName,
  provider: string,
  origin: CredentialOrigin,
): ResolvedCredentials {
  return {
    source,
    provider,
    accessKeyId: answer.credentials.accessKeyId,
    hasSessionToken: answer.credentials.hasSessionToken,
    origin,
  };
}

/** A short description of a failed endpoint answer, for a trace line. */
export function describeFailure(answer: EndpointAnswer | undefined, what: string): string {
  if (answer === undefined || answer.kind === "unreachable") return `${what} is unreachable (connection refused or timed out)`;
  if (answer.kind === "http-error") return `${what} answered HTTP ${answer.status}`;
  return `${what} answered`;
}
