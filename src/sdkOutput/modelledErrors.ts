import type { ServiceId } from "../lab/index.ts";

/**
 * Authentication codes the lab can send that a service's model declares as errors, so SDKs throw a generated
 * class instead of the service's base exception. Service-wide (botocore `client.exceptions.from_code`, JS v3's
 * error registry, Java v2's client-wide modelled exceptions): measured with botocore 1.43.11 over the lab's codes;
 * the same models ship in @aws-sdk/client-s3 3.1175 (AccessDenied, InvalidRequest). STS's modelled
 * ExpiredTokenException is matched by the code "ExpiredTokenException", but STS sends "ExpiredToken": not modelled.
 */
export const SERVICE_MODELLED: Partial<Record<ServiceId, readonly string[]>> = {
  s3: ["AccessDenied", "InvalidRequest"],
  kinesis: ["AccessDeniedException"],
};

/**
 * Per operation (Go v2's and .NET's generated deserializers switch on the operation's own error list):
 * botocore 1.43.11's S3 model lists AccessDenied only for UpdateObjectEncryption, InvalidRequest for PutObject and
 * UpdateObjectEncryption; ListBuckets, ListObjectsV2 and GetObject list none of the lab's codes.
 */
export const OPERATION_MODELLED: Record<string, readonly string[]> = {
  "s3:PutObject": ["InvalidRequest"],
  "s3:UpdateObjectEncryption": ["InvalidRequest", "AccessDenied"],
};

/**
 * JS v3's error registry has S3's NotFound (HeadObject's and HeadBucket's 404), which botocore 1.43.11's model lacks
 * (its HeadObject lists NoSuchKey, and a body-less 404 reads as code "404" there). Measured: HeadObject 404 throws class NotFound.
 */
const JS_ONLY_MODELLED: Partial<Record<ServiceId, readonly string[]>> = { s3: ["NotFound"] };
export function isJsModelled(service: ServiceId, code: string): boolean {
  return isServiceModelled(service, code) || (JS_ONLY_MODELLED[service]?.includes(code) ?? false);
}

export function isServiceModelled(service: ServiceId, code: string): boolean {
  return SERVICE_MODELLED[service]?.includes(code) ?? false;
}
export function isOperationModelled(service: ServiceId, operation: string, code: string): boolean {
  return OPERATION_MODELLED[`${service}:${operation}`]?.includes(code) ?? false;
}
