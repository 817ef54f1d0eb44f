import { percentDecode } from "./percentDecode.ts";

/**
 * A query name or value as AWS's front doors read it: `+` is a space (form encoding), then `%XX` is decoded once; a
 * stray `%` stays literal. The canonical query then encodes that space as `%20`, so a client that signs a literal
 * `+` as `%2B` but sends it raw fails the signature check. Sources (the catalogue is silent on `+`): an SP-API
 * "should have been" string showing `%20` where the client sent `+` (PR saleweaver/python-amazon-sp-api#405); S3
 * accepting `+` for spaces in presigned URLs signed with `%20` (issue mhart/aws4fetch#83); a base64 NextToken's raw
 * `+` breaking signatures (issue mhart/aws4#126). A literal plus must travel as `%2B`.
 */
export function decodeQueryComponent(text: string): Uint8Array {
  return percentDecode(text.replaceAll("+", "%20"));
}
