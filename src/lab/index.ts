// The lab's one import point, for components, the CLI, the mock endpoint, the build and the playground.
export type * from "./types.ts";
export * from "./constants.ts";
export * from "./limits.ts";

export { parseRawRequest } from "./request/parseRawRequest.ts";
export { serializeRawRequest } from "./request/serializeRawRequest.ts";
export { getHeaderValues } from "./request/getHeaderValues.ts";
export { splitTarget } from "./request/splitTarget.ts";
export { parseQueryPairs } from "./request/parseQueryPairs.ts";

export { sha256Hex } from "./crypto/sha256Hex.ts";
export { canonicalizeRequest } from "./sigv4/canonicalizeRequest.ts";
export { formatAmzDate } from "./sigv4/formatAmzDate.ts";
export { parseAmzDate } from "./sigv4/parseAmzDate.ts";
export { createScope } from "./sigv4/createScope.ts";
export { createStringToSign } from "./sigv4/createStringToSign.ts";
export { getSigningKey } from "./sigv4/getSigningKey.ts";
export { getSignature } from "./sigv4/getSignature.ts";

export { signWithSmithy } from "./sign/signWithSmithy.ts";
export { explainSigning } from "./sign/explainSigning.ts";

export { verifyRequest, verifyContext } from "./verify/verifyRequest.ts";
export { createVerifyContext } from "./verify/createVerifyContext.ts";
export type { VerifyContext } from "./verify/types.ts";
export { parseRequestIntent } from "./request/parseRequestIntent.ts";
export type { RequestIntent } from "./request/parseRequestIntent.ts";
export { parseAuthorization } from "./verify/parseAuthorization.ts";
export type { AuthFields, ParsedAuth } from "./verify/parseAuthorization.ts";
export { answerRequest } from "./answerRequest.ts";
export type { Answer } from "./answerRequest.ts";

export { ERROR_CODES, isErrorCode } from "./catalogue/errorCodes.ts";
export type { ErrorCode } from "./catalogue/errorCodes.ts";

export { renderResponse } from "./render/renderResponse.ts";
export { createRequestId } from "./render/createRequestId.ts";

export { FAULTS, FRONT_DOOR_FAULTS, getFault } from "./faults/index.ts";
export type { Fault } from "./faults/index.ts";

export { runScenario } from "./scenario/runScenario.ts";
export type { ScenarioRun, ScenarioResult } from "./scenario/runScenario.ts";
export { createDefaultScenario, createSampleRequest, DEFAULT_CREDENTIALS } from "./scenario/createDefaultScenario.ts";
export { serializeResponse } from "./scenario/serializeResponse.ts";
export { getOperation } from "./scenario/getOperation.ts";

export { diffCanonicalRequests } from "./diff/diffCanonicalRequests.ts";
export type { CanonicalDiff, CanonicalDiffLine } from "./diff/diffCanonicalRequests.ts";
export { extractCanonicalRequest } from "./diff/extractCanonicalRequest.ts";

export { SERVICES, getServiceSpec, isServiceId, listServices, createServiceSpec } from "./world/services.ts";
export { REGISTRY_SOURCE } from "./world/registry/serviceTable.generated.ts";
export type { ServiceRow, SampleOperation } from "./world/registry/types.ts";
export type { ServiceSpec } from "./world/services.ts";
export { createDefaultWorld, DEFAULT_BUCKETS, DEFAULT_IDENTITIES } from "./world/defaultWorld.ts";
export { parseWorld } from "./world/parseWorld.ts";
export { inferEndpoint, findServiceByName } from "./world/inferEndpoint.ts";
export { findServiceForRequest, findServiceByHost, findServiceBySigningName, findServiceByTarget, findServiceByVersion } from "./world/findService.ts";

export { FRONT_DOORS, FRONT_DOOR_IDS, getFrontDoor, answerFrontDoor, createFrontDoorScenario } from "./frontDoors/index.ts";
export type { FrontDoor, FrontDoorFact, FrontDoorId } from "./frontDoors/index.ts";
export { getS3Address } from "./s3/getS3Address.ts";
export { SAMPLE_OBJECT_BODY } from "./render/renderSuccess.ts";
export type { S3Address } from "./s3/getS3Address.ts";
export { FORM_DATA_BOUNDARY, getClientUpload, wrapInFormData } from "./s3/clientContentType.ts";
export type { ClientUpload, UploadClient, UploadFile } from "./s3/clientContentType.ts";
// S3 bucket regions (issue 12): which region's S3 a request reaches, and how an S3 host name reads.
export { getS3Routing } from "./s3/getS3Routing.ts";
export type { S3Routing } from "./s3/getS3Routing.ts";
export { readS3Host } from "./s3/readS3Host.ts";
export type { S3Host } from "./s3/readS3Host.ts";
export type { S3Bucket } from "./types.ts";

export { CHECKSUM_ALGORITHMS, CHECKSUM_DIGEST_BYTES, getChecksumAlgorithm, getChecksumHeaderName } from "./checksums/checksumAlgorithms.ts";
export type { ChecksumAlgorithm } from "./checksums/checksumAlgorithms.ts";
export { getChecksum, getChecksumDigest } from "./checksums/getChecksum.ts";
export { getContentMd5 } from "./checksums/getContentMd5.ts";
export { encodeBase64 } from "./checksums/encodeBase64.ts";
export { decodeBase64 } from "./checksums/decodeBase64.ts";
export { getDeclaredChecksums } from "./checksums/getDeclaredChecksums.ts";
export type { DeclaredChecksum } from "./checksums/getDeclaredChecksums.ts";
export { decodeAwsChunked } from "./s3/awsChunked/decodeAwsChunked.ts";
export { encodeAwsChunked } from "./s3/awsChunked/encodeAwsChunked.ts";
export type { AwsChunkedSigning } from "./s3/awsChunked/encodeAwsChunked.ts";
export { getChunkStringToSign, getTrailerStringToSign } from "./s3/awsChunked/getChunkStringToSign.ts";
export { getStreamingPayload, STREAMING_SIGNED, STREAMING_SIGNED_TRAILER, STREAMING_UNSIGNED_TRAILER } from "./s3/awsChunked/streamingPayloads.ts";
export type { StreamingPayload } from "./s3/awsChunked/streamingPayloads.ts";
export type { AwsChunk, AwsChunkedProblem, AwsChunkedResult, AwsTrailer, DecodedAwsChunked } from "./s3/awsChunked/types.ts";
// S3 POST Object (browser form uploads, issue 12)
export { verifyPostObject } from "./s3/postObject/verifyPostObject.ts";
export type { PostObjectResult } from "./s3/postObject/verifyPostObject.ts";
export { parseMultipartForm } from "./s3/postObject/parseMultipartForm.ts";
export { decodePolicy } from "./s3/postObject/decodePolicy.ts";
export { POST_SCENARIOS, getPostScenario } from "./s3/postObject/postScenarios.ts";
export type { PostScenarioSpec } from "./s3/postObject/postScenarios.ts";
export { createPostRequest } from "./s3/postObject/createPostRequest.ts";
export { runPostScenario } from "./s3/postObject/runPostScenario.ts";
export { toPresignedPut, UPLOAD_FILE } from "./s3/toPresignedPut.ts";
