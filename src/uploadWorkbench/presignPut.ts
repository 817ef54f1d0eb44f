import { signWithSmithy } from "../lab/index.ts";
import type { LabRequest, RawHeader } from "../lab/index.ts";
import { SIGNED_AT, WORKBENCH_CREDENTIALS } from "./constants.ts";
import type { PutChoices } from "./types.ts";

/** The virtual-hosted host the SDKs build for a bucket and the client's region. */
export function getBucketHost(bucket: string, region: string): string {
  return `${bucket}.s3.${region}.amazonaws.com`;
}

/** A key as the SDKs put it in the path: each segment encoded (RFC 3986 unreserved kept), the slashes kept. */
export function encodeKey(key: string): string {
  return key
    .split("/")
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join("/");
}

/**
 * The PutObject request the presigner signs, as JS v3's `getSignedUrl` builds it: `x-id=PutObject` in the query,
 * `X-Amz-Content-Sha256: UNSIGNED-PAYLOAD` (hoisted into the URL), x-amz-meta-* and the checksum pair (hoisted too),
 * and Content-Type as a header when it is signed.
 * source: @aws-sdk/s3-request-presigner dist-es/presigner.js (`requestToSign.headers[SHA256_HEADER] = UNSIGNED_PAYLOAD`,
 * `unsignableHeaders.add("content-type")`), and @aws-sdk/middleware-flexible-checksums (JS v3 ≥3.729 adds
 * `x-amz-sdk-checksum-algorithm: CRC32` and the CRC32 of the empty body, `AAAAAA==`, to a presigned PutObject),
 * confirmed (the real presigner's URL; issue aws/aws-sdk-js-v3#6994, seaweedfs/seaweedfs#10216).
 */
export function createPutToSign(c: PutChoices): LabRequest {
  const headers: RawHeader[] = [{ name: "Host", value: getBucketHost(c.bucket, c.region) }];
  if (c.signedContentType !== "" && c.signContentType) headers.push({ name: "Content-Type", value: c.signedContentType });
  if (c.metaName !== "") headers.push({ name: `x-amz-meta-${c.metaName.toLowerCase()}`, value: c.metaValue });
  if (c.checksum === "js-v3-empty-crc32") {
    headers.push({ name: "x-amz-checksum-crc32", value: "AAAAAA==" }, { name: "x-amz-sdk-checksum-algorithm", value: "CRC32" });
  }
  headers.push({ name: "X-Amz-Content-Sha256", value: "UNSIGNED-PAYLOAD" });
  return { method: "PUT", target: `/${encodeKey(c.key)}?x-id=PutObject`, httpVersion: "HTTP/1.1", headers, body: new Uint8Array() };
}

/** The presigned request, signed with the SDK's own signer (@smithy/signature-v4 presign) at the example time. */
export async function presignPut(c: PutChoices): Promise<LabRequest> {
  return signWithSmithy(createPutToSign(c), {
    service: "s3",
    region: c.region,
    credentials: { ...WORKBENCH_CREDENTIALS },
    signingDate: new Date(SIGNED_AT),
    mode: "query",
    expiresIn: c.expiresIn,
    normalizePath: false,
    applyChecksum: false,
    unsignedPayload: true,
  });
}
