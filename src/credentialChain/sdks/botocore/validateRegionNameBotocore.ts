// botocore 1.43.11 utils.validate_region_name: a region must be a DNS host label, checked whenever a client is made
// (so a `region = us-east-1 # comment` line, which botocore reads whole, fails every client).
const HOST_LABEL = /^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{0,63}(?<!-)$/;

/** The InvalidRegionError text, or undefined when the region is acceptable. */
export function validateRegionNameBotocore(region: string): string | undefined {
  return HOST_LABEL.test(region) ? undefined : `Provided region_name '${region}' doesn't match a supported format.`;
}
