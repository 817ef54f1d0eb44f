import type { ErrorCode } from "../../catalogue/errorCodes.ts";
import type { Confidence } from "../../catalogue/types.ts";
import { resolveS3Error } from "../../catalogue/resolveS3Error.ts";
import type { FailureKind, FailureParams } from "../../catalogue/types.ts";

/** One of S3's POST Object answers: code, status, exact message and extra elements in AWS's order. */
export interface PostError {
  code: ErrorCode;
  status: number;
  message: string;
  extras: Array<[string, string]>;
  confidence: Confidence;
  /** Where the text and the element order come from (shown in the verdict's model note). */
  source: string;
}

const LOCALSTACK = "localstack tests/aws/services/s3/test_s3.snapshot.json (TestS3PresignedPost, recorded against AWS 2026-02-21)";
const POLICY = "Invalid according to Policy: ";

const make = (code: ErrorCode, status: number, message: string, confidence: Confidence, source: string, extras: Array<[string, string]> = []): PostError =>
  ({ code, status, message, extras, confidence, source });

/**
 * S3's exact answers to a browser form upload, each with its source. ../shared/reference/aws-auth-errors.md has no
 * POST Object entries at all (§4.8 covers header and query auth only), so every text here rests on the raw captures
 * and AWS-recorded snapshots cited next to it.
 */
export const POST_ERRORS = {
  // source: https://github.com/localstack/localstack (test_post_object_with_wrong_content_type, snapshot recorded against AWS). single-source
  notMultipart: () => make("PreconditionFailed", 412, "At least one of the pre-conditions you specified did not hold", "single-source", LOCALSTACK,
    [["Condition", "Bucket POST must be of the enclosure-type multipart/form-data"]]),
  // source: https://github.com/rowanwins/vue-dropzone/issues/572 (S3's code and message, with the final period);
  // minio cmd/api-errors.go copies the same text. Extra elements: none seen. single-source
  malformed: () => make("MalformedPOSTRequest", 400, "The body of your POST request is not well-formed multipart/form-data.", "single-source",
    "https://github.com/rowanwins/vue-dropzone/issues/572"),
  // source: https://bitbucket.org/site/master/issues/8914/unable-to-upload-files (raw body: S3's own spelling, "preceeding … was"). single-source
  preDataTooLarge: (limit: number) => make("MaxPostPreDataLengthExceeded", 400, "Your POST request fields preceeding the upload file was too large.", "single-source",
    "https://bitbucket.org/site/master/issues/8914/unable-to-upload-files", [["MaxPostPreDataLengthBytes", String(limit)]]),
  // source: localstack snapshot test_post_request_missing_fields "exception-no-sig-related-fields" (AWS: 403 Access Denied). single-source
  anonymous: () => make("AccessDenied", 403, "Access Denied", "single-source", LOCALSTACK),
  // Two spaces after "'key'." in every raw capture: https://github.com/ryuzee/SlideHub/issues/213,
  // https://github.com/danialfarid/ng-file-upload/issues/654, and localstack's snapshot for the X-Amz-* names;
  // ArgumentName then an empty ArgumentValue: https://github.com/danialfarid/ng-file-upload/issues/1283 (raw). confirmed
  missingField: (name: string) => make("InvalidArgument", 400, `Bucket POST must contain a field named '${name}'.  If it is specified, please check the order of the fields.`,
    name === "key" || name.startsWith("X-Amz-") ? "confirmed" : "uncertain",
    "https://github.com/ryuzee/SlideHub/issues/213; localstack test_post_request_missing_signature / missing_fields (AWS-recorded)",
    [["ArgumentName", name], ["ArgumentValue", ""]]),
  // source: https://github.com/itinance/react-native-fs/issues/992 (raw: ArgumentName file, ArgumentValue 0) and
  // https://github.com/danialfarid/ng-file-upload/issues/809 (raw). confirmed
  missingFile: () => make("InvalidArgument", 400, "POST requires exactly one file upload per request.", "confirmed",
    "https://github.com/itinance/react-native-fs/issues/992 (raw); https://github.com/danialfarid/ng-file-upload/issues/809 (raw)",
    [["ArgumentName", "file"], ["ArgumentValue", "0"]]),
  // A form's x-amz-credential for another region than the bucket's: InvalidArgument, not the presigned URL's
  // AuthorizationQueryParametersError. source: https://github.com/CulturalMe/meteor-slingshot/issues/150 (raw body of a
  // browser POST upload: ArgumentName, ArgumentValue = the credential, then Region). single-source
  wrongRegion: (given: string, expected: string, credential: string) => make("InvalidArgument", 400, `the region '${given}' is wrong; expecting '${expected}'`, "single-source",
    "https://github.com/CulturalMe/meteor-slingshot/issues/150 (raw)",
    [["ArgumentName", "X-Amz-Credential"], ["ArgumentValue", credential], ["Region", expected]]),
  // Two reporters quote it (https://github.com/dwilkie/carrierwave_direct/pull/20, https://github.com/waynehoover/s3_direct_upload/pull/11):
  // an expiration that is not ISO 8601 (Ruby's `2012-03-25 12:00:00 UTC`). The code is assumed from "Invalid Policy:". single-source
  invalidExpiration: () => make("InvalidPolicyDocument", 400, "Invalid Policy: Invalid 'expiration' value", "single-source",
    "https://github.com/dwilkie/carrierwave_direct/pull/20; https://github.com/waynehoover/s3_direct_upload/pull/11"),
  // source: https://github.com/aws/aws-sdk-php/issues/1226 (raw SigV4 POST body: AWSAccessKeyId, StringToSign = the
  // base64 policy, SignatureProvided…) and localstack test_post_request_malformed_policy (AWS-recorded: the same
  // elements plus StringToSignBytes, and no CanonicalRequest). confirmed
  signatureMismatch: (accessKeyId: string, policy: string, provided: string, bytes: string) => make("SignatureDoesNotMatch", 403,
    "The request signature we calculated does not match the signature you provided. Check your key and signing method.", "confirmed",
    "https://github.com/aws/aws-sdk-php/issues/1226 (raw); " + LOCALSTACK,
    [["AWSAccessKeyId", accessKeyId], ["StringToSign", policy], ["SignatureProvided", provided], ["StringToSignBytes", bytes]]),
  // source: https://github.com/benefitcloud/ember-uploader/issues/43 (raw), https://github.com/dwilkie/carrierwave_direct/issues/230
  // (a `null` condition value gets this too). Status 400 as InvalidPolicyDocument in localstack's AWS-recorded snapshot. confirmed
  invalidJson: () => make("InvalidPolicyDocument", 400, "Invalid Policy: Invalid JSON.", "confirmed",
    "https://github.com/benefitcloud/ember-uploader/issues/43; https://github.com/dwilkie/carrierwave_direct/issues/230"),
  // source: localstack snapshot test_post_object_policy_conditions_validation_eq "invalid-condition-wrong-condition" (400). single-source
  simpleConditionShape: () => make("InvalidPolicyDocument", 400, "Invalid Policy: Invalid Simple-Condition: Simple-Conditions must have exactly one property specified.",
    "single-source", LOCALSTACK),
  // source: https://github.com/retorquere/zotero-better-bibtex/issues/321 (raw: Code, Message, RequestId, HostId) and
  // localstack test_post_request_expires (AWS-recorded, 403). confirmed
  expired: () => make("AccessDenied", 403, `${POLICY}Policy expired.`, "confirmed",
    "https://github.com/retorquere/zotero-better-bibtex/issues/321 (raw); " + LOCALSTACK),
  // source: https://github.com/waynehoover/s3_direct_upload/issues/107, https://github.com/tj/node-s3-policy/pull/8 (raw),
  // localstack test_post_object_policy_conditions_validation_eq / starts_with (AWS-recorded, 403). confirmed
  conditionFailed: (condition: string) => make("AccessDenied", 403, `${POLICY}Policy Condition failed: ${condition}`, "confirmed",
    "https://github.com/tj/node-s3-policy/pull/8 (raw); " + LOCALSTACK),
  // source: https://github.com/froala/wysiwyg-editor/issues/404 and https://github.com/danialfarid/ng-file-upload/issues/400
  // (raw bodies), the name lower-cased (https://github.com/asafdav/ng-s3upload/issues/23 sent `Content-Type`). With several
  // such fields S3 names one and does not say which (AWS SDK maintainer, https://github.com/aws/aws-sdk-php/issues/3292):
  // the lab names the first in form order. confirmed
  extraField: (name: string) => make("AccessDenied", 403, `${POLICY}Extra input fields: ${name}`, "confirmed",
    "https://github.com/froala/wysiwyg-editor/issues/404 (raw); https://github.com/aws/aws-sdk-php/issues/3292"),
  // source: https://github.com/CulturalMe/meteor-slingshot/issues/190, https://github.com/infinitered/apisauce/issues/245
  // (POST uploads; ProposedSize then MaxSizeAllowed before RequestId), https://github.com/shmsoft/FreeEed/issues/158 (raw). confirmed
  tooLarge: (size: number, max: number) => make("EntityTooLarge", 400, "Your proposed upload exceeds the maximum allowed size", "confirmed",
    "https://github.com/CulturalMe/meteor-slingshot/issues/190; https://github.com/shmsoft/FreeEed/issues/158 (raw)",
    [["ProposedSize", String(size)], ["MaxSizeAllowed", String(max)]]),
  // source: localstack snapshot test_post_object_policy_validation_size (AWS-recorded; element order by analogy with EntityTooLarge). single-source
  tooSmall: (size: number, min: number) => make("EntityTooSmall", 400, "Your proposed upload is smaller than the minimum allowed size", "single-source", LOCALSTACK,
    [["ProposedSize", String(size)], ["MinSizeAllowed", String(min)]]),
} as const;

/**
 * The credential, key and token answers of a POST are S3's usual ones: the form's x-amz-* fields are the query
 * parameters of a presigned URL, so the query-mode texts apply (uncertain for POST: no POST capture of these).
 */
export function fromS3Catalogue(kind: FailureKind, params: FailureParams): PostError {
  const r = resolveS3Error(kind, { mode: "query", ...params });
  return make(r.code, r.status, r.message, r.confidence === "confirmed" && !["credentialMalformed", "credentialScope", "dateFormat", "unsupportedAlgorithm", "contentMd5Invalid", "contentMd5Mismatch"].includes(kind) ? "confirmed" : "uncertain",
    `catalogue ${r.catalogueId ?? "(none)"}; the same answer as a presigned URL's`, r.extras);
}
