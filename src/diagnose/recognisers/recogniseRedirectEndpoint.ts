import type { Hint } from "../types.ts";
import type { Recogniser } from "./types.ts";

/** S3's `<Endpoint>`, or the endpoint botocore appends to PermanentRedirect's message ("…to this endpoint: X."). */
const ENDPOINT = /<Endpoint>\s*([^<\s]{1,255})\s*<\/Endpoint>|to this endpoint: ([^\s'"]{1,255})/;
/** A regional S3 name: `s3.us-east-2.amazonaws.com`, `s3-ap-southeast-2.amazonaws.com`, `bucket.s3.eu-central-1…`. */
const REGIONAL = /(?:^|\.)s3[.-]((?:[a-z]{2}(?:-gov)?-[a-z]+-\d)|external-\d)\.amazonaws\.com(?:\.cn)?$/;
/** The bucket's global virtual-hosted name: `bucket.s3.amazonaws.com`. */
const GLOBAL_VIRTUAL_HOSTED = /^[^/]+\.s3\.amazonaws\.com$/;

/**
 * Where S3's PermanentRedirect sends the client: a regional name says the bucket lives in another region than the
 * client's; the bucket's global name (`bucket.s3.amazonaws.com`) says S3 wants it addressed virtual-hosted instead of
 * path-style on s3.amazonaws.com (or a dotted name that was sent path-style).
 * sources: red-hat-storage/ocs-ci#4010 (botocore appends the endpoint), cinely/mule-uploader#42 and
 * laurilehmijoki/s3_website#40 (bucket.s3.amazonaws.com after a path-style request), aristidb/aws#160 (regional).
 * A pasted body also rules out the body-less HEAD.
 */
export const recogniseRedirectEndpoint: Recogniser = {
  name: "redirect endpoint",
  recognise(paste) {
    if (paste.error?.code !== "PermanentRedirect") return null;
    const m = ENDPOINT.exec(paste.text);
    const endpoint = (m?.[1] ?? m?.[2])?.replace(/\.$/, "");
    const hints: Hint[] = [];
    const bodyShown = paste.error.message !== undefined && paste.error.message.trim().length > 20;
    if (bodyShown) hints.push({ severity: "info", text: "S3's error body is in the paste, so this was not a body-less HEAD.", demote: ["head-request-without-body"] });
    if (endpoint) {
      const region = REGIONAL.exec(endpoint)?.[1];
      if (region) {
        hints.push({
          severity: "info",
          text: `S3 names the endpoint ${endpoint}: the bucket lives in ${region.startsWith("external") ? "us-east-1 (an old external endpoint)" : region}. Configure the client for that region.`,
          causes: ["client-region-not-bucket-region"],
        });
      } else if (GLOBAL_VIRTUAL_HOSTED.test(endpoint)) {
        hints.push({
          severity: "info",
          text: `S3 names the bucket's own name ${endpoint}: address the bucket virtual-hosted (or by its regional endpoint), not path-style on s3.amazonaws.com.`,
          causes: ["path-style-global-endpoint"],
        });
      }
    }
    return hints.length ? { facts: endpoint ? [{ label: "Endpoint S3 names", value: endpoint }] : [], hints } : null;
  },
};
