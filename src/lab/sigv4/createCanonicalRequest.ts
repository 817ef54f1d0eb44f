/** Joins the six parts of a canonical request; `canonicalHeaders` already ends each line with `\n`. */
export function createCanonicalRequest(p: {
  method: string;
  canonicalPath: string;
  canonicalQuery: string;
  canonicalHeaders: string;
  signedHeaders: string;
  payloadHash: string;
}): string {
  return `${p.method}\n${p.canonicalPath}\n${p.canonicalQuery}\n${p.canonicalHeaders}\n${p.signedHeaders}\n${p.payloadHash}`;
}
