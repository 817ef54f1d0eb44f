import type { S3Bucket, World } from "../types.ts";
import { getS3Address, type S3Address } from "./getS3Address.ts";
import { readS3Host, type S3Host } from "./readS3Host.ts";

/** Where an S3 request lands, and the bucket the world knows it to be for. */
export interface S3Routing {
  address: S3Address;
  /** The AWS host, when the Host is an S3 name (undefined for the mock's `bucket.localhost` or an IP). */
  host: S3Host | undefined;
  /** The world's bucket of that name; undefined for a bucket-less request or a bucket the world does not list. */
  bucket: S3Bucket | undefined;
  /**
   * The region whose S3 front end receives the request. It differs from the endpoint's only for a bucket the world
   * knows (a bucket it does not list is taken to be where the request landed).
   */
  reachedRegion: string;
}

/**
 * Which region's S3 receives a request. A name with a region (or an endpoint that is not an AWS name) is the
 * endpoint's region. The global `s3.amazonaws.com` and Transfer Acceleration route a virtual-hosted request to the
 * bucket's region by DNS: S3's docs, "Request redirection and the REST API"
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/Redirects.html, "DNS routing"). The one exception is a bucket
 * whose DNS entry has not propagated yet (`dnsPending`): the global name then still reaches us-east-1, which answers
 * 307 (same page, "Temporary request redirection"). A path-style request to the global name reaches us-east-1.
 */
export function getS3Routing(hostHeader: string, rawPath: string, endpointRegion: string, world: World): S3Routing {
  const host = readS3Host(hostHeader);
  const address = host ? addressFromS3Host(host, rawPath) : getS3Address(hostHeader, rawPath);
  const bucket = address.bucket === "" ? undefined : world.buckets?.find((b) => b.name === address.bucket);
  let reachedRegion = endpointRegion;
  if (host && host.routing !== "regional" && bucket) {
    const dnsRouted = address.style === "virtual-hosted" && (host.routing === "accelerate" || bucket.dnsPending !== true);
    reachedRegion = dnsRouted ? bucket.region : "us-east-1";
  }
  return { address, host, bucket, reachedRegion };
}

/** The address as the S3 host reads it (a dotted bucket keeps its dots), falling back to the path for `s3.…` names. */
function addressFromS3Host(host: S3Host, rawPath: string): S3Address {
  if (host.bucket === "") return getS3Address("", rawPath);
  const hosted = getS3Address(`${host.bucket}.localhost`, rawPath);
  return { ...hosted, bucket: host.bucket };
}
