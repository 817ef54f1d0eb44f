import type { GuideIndexCause, GuideIndexResponse } from "./types.ts";

/** The client-side part of a guide's frontmatter (src/schemas/guide.ts: clientMessages, causes' chainExpect). */
export interface ClientGuideInput {
  clientMessages?: Array<{ sdk: string; code?: string | undefined; message: string; meaning: string; shortLink: boolean }>;
}
export interface ClientCauseInput {
  chainExpect?: Array<{ sdk: string; error?: string | undefined }> | undefined;
}

/**
 * Client-side errors (no HTTP response: `Unable to locate credentials`, `Could not load credentials from any
 * providers`…) as rows of the diagnose index, so the existing readers find them like AWS responses: by code and
 * message for `NoCredentialsError: …` lines, by message alone where the SDK prints no code (Go SDK v2). Status 0
 * and protocol `client` say that no response exists. A message without a code gets `<sdk>-no-code`, a code no
 * text contains, so the code readers never "find" it in a paste.
 */
export function indexClientMessages(guide: ClientGuideInput): GuideIndexResponse[] {
  return (guide.clientMessages ?? []).map((m) => ({
    code: m.code ?? `${m.sdk}-no-code`,
    message: m.message,
    status: 0,
    protocol: "client",
    meaning: m.meaning,
    shortLink: m.shortLink && m.code !== undefined,
  }));
}

/**
 * A cause whose simulator preset ends in an SDK's exact error is that error's likely cause. The index holds one
 * `expect` per row, so such a cause appears once per distinct error (botocore's words, JS v3's…), each named by
 * the guide's client message with the same words; a cause with its own lab `expect`, or no chain error, is kept as is.
 */
export function expandChainCause(guide: ClientGuideInput, cause: ClientCauseInput, row: GuideIndexCause): GuideIndexCause[] {
  if (row.expect) return [row];
  const errors = new Map<string, string>();
  for (const o of cause.chainExpect ?? []) if (o.error && !errors.has(o.error)) errors.set(o.error, o.sdk);
  if (errors.size === 0) return [row];
  return [...errors].map(([error, sdk]) => {
    const named = (guide.clientMessages ?? []).find((m) => error.startsWith(m.message) || m.message.startsWith(error));
    return { ...row, expect: { code: named?.code ?? `${sdk}-no-code`, message: error } };
  });
}
