import { KEY_TYPE_IDENTIFIER } from "../constants.ts";

/** The credential scope: `20150830/us-east-1/iam/aws4_request`. */
export function createScope(shortDate: string, region: string, service: string): string {
  return `${shortDate}/${region}/${service}/${KEY_TYPE_IDENTIFIER}`;
}
