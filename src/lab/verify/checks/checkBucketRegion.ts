import { pass, type Step } from "../types.ts";

/**
 * S3 locates the bucket before it applies the bucket's region to the credential scope: a request that reached
 * another region's S3 than its bucket's is redirected, whatever region it was signed for. Evidence: a request signed
 * right for the endpoint it reached (us-east-2) for a us-east-1 bucket got the 301, not AuthorizationHeaderMalformed
 * (the 2024 botocore log cited in resolveS3Redirect.ts); a wrong signing region in the bucket's own region gets
 * AuthorizationHeaderMalformed naming the bucket's region (issue jsoma/flatware#10, aws/aws-sdk-cpp#1339). Whether the
 * redirect also precedes a bad key or signature is not captured: the lab puts it first (uncertain).
 */
export const checkBucketRegion: Step = (ctx) => {
  const routing = ctx.s3Routing;
  if (!routing) return null;
  const { bucket, reachedRegion } = routing;
  if (!bucket) return null;
  if (bucket.region === reachedRegion) return pass(`Bucket \`${bucket.name}\` is in ${bucket.region}, where the request arrived.`);
  const temporary = routing.host?.routing === "global" && routing.address.style === "virtual-hosted" && bucket.dnsPending === true;
  const params = { bucket: bucket.name, bucketRegion: bucket.region, target: ctx.req.target };
  const via = routing.host?.routing === "global"
    ? routing.address.style === "path" ? "the global endpoint s3.amazonaws.com, path-style (which is us-east-1)" : "the global endpoint, whose DNS does not point to the bucket's region yet"
    : `the ${reachedRegion} endpoint`;
  return {
    passed: false,
    detail: `Bucket \`${bucket.name}\` is in ${bucket.region}; the request reached ${reachedRegion}.`,
    kind: temporary ? "bucketTemporaryRedirect" : "bucketPermanentRedirect",
    params,
    summary: `The bucket \`${bucket.name}\` lives in ${bucket.region}, but the request went to ${via}, so S3 ${temporary ? "sends it on with a 307" : "refuses it with a 301"} naming the bucket's endpoint.`,
    fix: temporary
      ? `Wait a few minutes after creating the bucket, or send it to its regional endpoint \`${bucket.name}.s3.${bucket.region}.amazonaws.com\` and sign for ${bucket.region}.`
      : `Set the client's region to \`${bucket.region}\` (the x-amz-bucket-region header names it), so it both signs for and sends to \`s3.${bucket.region}.amazonaws.com\`.`,
  };
};
