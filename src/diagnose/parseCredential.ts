export interface Credential {
  keyId: string;
  date: string;
  region: string;
  service: string;
  terminator: string;
  /** All slash-separated parts: AWS wants exactly five. */
  parts: string[];
}

/** `AKID/20150830/us-east-1/iam/aws4_request` into its parts (missing parts are empty strings). */
export function parseCredential(value: string): Credential {
  const parts = value.split("/");
  const [keyId = "", date = "", region = "", service = "", terminator = ""] = parts;
  return { keyId, date, region, service, terminator, parts };
}
