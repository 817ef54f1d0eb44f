/**
 * Everything the mock endpoint uses from the lab, in one place. The lab's single import point is
 * src/lab/index.ts; this file only narrows it to what the mock needs.
 */
export {
  answerRequest,
  renderResponse,
  createDefaultWorld,
  parseWorld,
  getServiceSpec,
  SERVICES,
  getHeaderValues,
  splitTarget,
  parseQueryPairs,
  parseRequestIntent,
  getOperation,
  getS3Address,
  SAMPLE_OBJECT_BODY,
  findServiceForRequest,
  MAX_BODY_BYTES,
  MAX_S3_WRITE_BODY_BYTES,
  MAX_S3_STORE_BYTES,
  MAX_S3_STORE_ENTRIES,
  MAX_S3_PART_NUMBER,
  MIN_S3_PART_BYTES,
  TOKEN_HEADER,
  TOKEN_QUERY_PARAM,
  MAX_ISSUED_IDENTITIES,
  MAX_HEADER_BYTES,
  MAX_HEADER_COUNT,
  MAX_LEADING_EMPTY_LINE_BYTES,
} from "../lab/index.ts";
export type { RequestIntent } from "../lab/index.ts";
export type { Answer, Endpoint, Identity, LabRequest, LabResponse, S3Bucket, ServiceId, Verdict, World } from "../lab/index.ts";
export type { ServiceSpec } from "../lab/index.ts";
