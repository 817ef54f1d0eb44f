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
  findServiceForRequest,
  MAX_BODY_BYTES,
  TOKEN_HEADER,
  TOKEN_QUERY_PARAM,
  MAX_ISSUED_IDENTITIES,
  MAX_HEADER_BYTES,
  MAX_HEADER_COUNT,
  MAX_LEADING_EMPTY_LINE_BYTES,
} from "../lab/index.ts";
export type { RequestIntent } from "../lab/index.ts";
export type { Answer, Endpoint, Identity, LabRequest, LabResponse, ServiceId, Verdict, World } from "../lab/index.ts";
export type { ServiceSpec } from "../lab/index.ts";
