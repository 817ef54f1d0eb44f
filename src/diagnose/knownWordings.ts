/**
 * Wordings AWS (and the S3-compatible stores people point SDKs at) use that no guide quotes verbatim: older and
 * newer texts of the same error, and messages whose guide is known from their code. Each says what the diagnosis
 * should read it as: the code AWS sends with it, and either the message a guide quotes for the same failure
 * (`readAs`), or the lab faults it proves (`faults`). `pattern` is matched case-insensitively, any run of whitespace
 * standing for a space; `'…'` stands for a quoted value. Every entry names its source.
 */
export interface KnownWording {
  pattern: string;
  code: string;
  readAs?: string;
  faults?: string[];
  /** Cause ids (forever) the wording proves or makes likely. */
  causes?: string[];
  /** The faults or causes, not the code, name the guide (the code is a generic one such as AccessDenied or InvalidArgument). */
  faultsLead?: boolean;
  /** What the wording tells the reader, shown as a finding. */
  note: string;
  source: string;
}

export const KNOWN_WORDINGS: KnownWording[] = [
  {
    pattern: "The credential must be scoped to a valid region.",
    code: "InvalidSignatureException",
    readAs: "Credential should be scoped to a valid region, not '…'. ",
    note: "The newer wording of the credential-scope error (CloudFront KeyValueStore and other SigV4a services): the request was signed for a region the service does not accept here.",
    source: "catalogue scope.wrong-region.cloudfront-kvs; issue aws/aws-sdk-js-v3#5576",
  },
  {
    pattern:
      "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. For more information, see REST Authentication and SOAP Authentication for details.",
    code: "SignatureDoesNotMatch",
    readAs: "The request signature we calculated does not match the signature you provided. Check your key and signing method.",
    note: "S3's older wording of SignatureDoesNotMatch.",
    source: "issue boto/boto3#1135",
  },
  {
    pattern: "The Access Key Id you provided does not exist in our records.",
    code: "InvalidAccessKeyId",
    readAs: "The AWS Access Key Id you provided does not exist in our records.",
    note: "This wording (without “AWS”) comes from MinIO and other S3-compatible stores, not from AWS: check which endpoint the client really reached.",
    source: "issue aws-amplify/aws-sdk-ios#5371; issue sourcegraph/app#25",
  },
  {
    pattern: "The difference between the request time and the server's time is too large.",
    code: "RequestTimeTooSkewed",
    readAs: "The difference between the request time and the current time is too large.",
    note: "MinIO's and IBM COS's wording of RequestTimeTooSkewed (AWS says “the current time”).",
    source: "catalogue note on RequestTimeTooSkewed; issue koderover/zadig#1660",
  },
  {
    pattern: "Request is not yet valid",
    code: "AccessDenied",
    faults: ["clock-skew-ahead"],
    faultsLead: true,
    note: "“Request is not yet valid”: the URL's X-Amz-Date is later than S3's clock, so the machine that signed it has a clock that is ahead (or the code wrote a future date). It is not an expired URL.",
    source: "issue minio/minio#2638; issue dmjio/s3-signer#16",
  },
  {
    pattern: "Request signature is too far in the past and has expired.",
    code: "RequestExpired",
    faults: ["clock-skew-behind"],
    faultsLead: true,
    note: "The request's timestamp is too far behind the server's clock: the sending machine's clock is slow, or the request was signed long before it was sent.",
    source: "issue python-amazon-mws/python-amazon-mws#92",
  },
  {
    pattern: "Error parsing the X-Amz-Credential parameter; the region '…' is wrong; expecting '…'",
    code: "AuthorizationQueryParametersError",
    faults: ["wrong-region"],
    note: "The presigned URL was signed for another region than the bucket's: presign with a client configured for the region S3 names after “expecting”. This says nothing about the URL's age.",
    source: "catalogue s3.AuthorizationQueryParametersError.other; issue aws/aws-sdk-ruby#690",
  },
  {
    pattern: "X-Amz-Credential parameter; the region '…' is wrong; expecting '…'",
    code: "AuthorizationQueryParametersError",
    faults: ["wrong-region"],
    note: "The presigned URL was signed for another region than the bucket's: presign with a client configured for the region S3 names after “expecting”.",
    source: "catalogue s3.AuthorizationQueryParametersError.other; issue JustinM1/VaporS3Signer#5",
  },
  {
    pattern: "the region '…' is wrong; expecting '…'",
    code: "AuthorizationHeaderMalformed",
    readAs: "The authorization header is malformed; the region '…' is wrong; expecting '…'",
    note: "S3 names the bucket's region after “expecting”: sign for that region.",
    source: "issue CulturalMe/meteor-slingshot#150 (a presigned POST); issue tpyo/amazon-s3-php-class#165",
  },
  {
    pattern: "X-Amz-Expires should be a number",
    code: "AuthorizationQueryParametersError",
    note: "X-Amz-Expires is not a number (often `X-Amz-Expires=undefined` from a presigner called without an expiry).",
    source: "catalogue s3.AuthorizationQueryParametersError.other; issue minio/minio-js#1312",
  },
  {
    pattern: "The authorization header is malformed; the authorization component '…' is malformed.",
    code: "AuthorizationHeaderMalformed",
    note: "One part of the Authorization header could not be read: it was built by hand or damaged on the way.",
    source: "issue TTLabs/EvaporateJS#353",
  },
  {
    pattern: "not a valid key=value pair (missing equal-sign) in Authorization header",
    code: "IncompleteSignature",
    note: "AWS split the Authorization header at a space or comma and found a piece without “=”: the quoted piece shows what was split off.",
    source: "catalogue IncompleteSignature; issue apickli/apickli#112",
  },
  // S3 POST Object (browser form uploads): the condition or field name varies with every form, so the guide's
  // quoted examples cannot match verbatim.
  {
    // No colon: MinIO wraps a bare "(Invalid according to Policy: Policy Condition failed)" in "Access Denied." (minio/minio-py#1047).
    pattern: "Invalid according to Policy: Policy Condition failed",
    code: "AccessDenied",
    readAs: 'Invalid according to Policy: Policy Condition failed: ["starts-with", "$Content-Type", "image/"]',
    causes: ["policy-condition-not-met"],
    note: "A field of the browser form upload does not satisfy the quoted condition of its presigned POST policy: compare that field's value in the form with the condition (field names are case-insensitive, values exact).",
    source: "issue tj/node-s3-policy#8; issue waynehoover/s3_direct_upload#107",
  },
  {
    pattern: "Invalid according to Policy: Extra input fields:",
    code: "AccessDenied",
    readAs: "Invalid according to Policy: Extra input fields: x-requested-with",
    causes: ["form-field-not-in-policy"],
    note: "The browser form upload sends a field (named after the colon, lower-cased) that no condition of its presigned POST policy lists: stop sending it, or sign a condition for it.",
    source: "issue froala/wysiwyg-editor#404; issue danialfarid/ng-file-upload#400",
  },
  // S3-compatible stores that refuse the checksums the 2025 SDK defaults send (x-amz-checksum-*, x-amz-sdk-checksum-algorithm,
  // aws-chunked bodies). Their codes (InvalidArgument, NotImplemented) are shared with other guides: the wording names the cause.
  {
    pattern: "Unsupported header '…' received for this API call",
    code: "InvalidArgument",
    causes: ["s3-compatible-rejects-default-checksums"],
    faultsLead: true,
    note: "Backblaze B2's answer to a header it does not support (x-amz-checksum-*, x-amz-sdk-checksum-algorithm): the 2025 SDKs send checksums by default. Set request_checksum_calculation / requestChecksumCalculation to when_required.",
    source: "issue nocobase/nocobase#6872; issue matrix-org/synapse-s3-storage-provider#128 (third-party wording, not AWS)",
  },
  {
    pattern: "Header 'x-amz-checksum-",
    code: "NotImplemented",
    causes: ["s3-compatible-rejects-default-checksums"],
    faultsLead: true,
    note: "Cloudflare R2 does not implement the x-amz-checksum-* header the SDK sent by default: set request_checksum_calculation / requestChecksumCalculation to when_required.",
    source: "issue f2face/cloudflare-r2#12 (third-party wording, not AWS)",
  },
  {
    pattern: "Transferring payloads in multiple chunks using aws-chunked is not supported.",
    code: "NotImplemented",
    causes: ["s3-compatible-rejects-default-checksums"],
    faultsLead: true,
    note: "The store (Infomaniak and other S3-compatible stores) does not accept the aws-chunked uploads with trailing checksums that the 2025 SDKs and CLI send by default: set request_checksum_calculation to when_required.",
    source: "issue boto/boto3#4409 (third-party wording, not AWS)",
  },
  {
    pattern: "invalid/unknown checksum sent",
    code: "InvalidArgument",
    causes: ["s3-compatible-rejects-default-checksums"],
    faultsLead: true,
    note: "An S3-compatible store does not know the checksum algorithm the 2025 SDK or CLI sent by default: set request_checksum_calculation to when_required.",
    source: "issue aws/aws-cli#9214 (third-party wording, not AWS)",
  },
  {
    pattern: "checksum mismatch for X-Amz-Checksum-",
    code: "BadDigest",
    readAs: "The CRC32 you specified did not match the calculated checksum.",
    note: "SeaweedFS's wording of a checksum that does not match the body (AWS: BadDigest).",
    source: "issue seaweedfs/seaweedfs#10216 (third-party wording, not AWS)",
  },
  {
    pattern: "aws-chunked encoding is not supported when x-amz-content-sha256 UNSIGNED-PAYLOAD is supplied.",
    code: "InvalidArgument",
    causes: ["aws-chunked-framing-broken"],
    faultsLead: true,
    note: "The client sent an aws-chunked body but declared UNSIGNED-PAYLOAD: a chunked upload must declare STREAMING-UNSIGNED-PAYLOAD-TRAILER (or a signed streaming payload). Update the SDK or tool.",
    source: "issue rclone/rclone#8432 (single-source)",
  },
  {
    // The guide quotes the crc32c form; the algorithm at the end varies.
    pattern: "Checksum Type mismatch occurred, expected checksum Type:",
    code: "InvalidRequest",
    readAs: "Checksum Type mismatch occurred, expected checksum Type: null, actual checksum Type: crc32c",
    causes: ["part-checksum-without-mpu-algorithm"],
    note: "An UploadPart carried a checksum of a type CreateMultipartUpload did not declare (\"null\": none): pass the same ChecksumAlgorithm to CreateMultipartUpload.",
    source: "issue boto/botocore#3216; issue romange/helio#152",
  },
  {
    // An older, shorter list of the accepted values; the guide quotes the current one.
    pattern: "x-amz-content-sha256 must be UNSIGNED-PAYLOAD,",
    code: "InvalidArgument",
    readAs: "x-amz-content-sha256 must be UNSIGNED-PAYLOAD, STREAMING-UNSIGNED-PAYLOAD-TRAILER,",
    causes: ["value-not-a-hex-sha256"],
    note: "x-amz-content-sha256 holds neither a hex SHA-256 of the body nor one of the literal markers S3 lists.",
    source: "issue irods/irods_resource_plugin_s3#1833",
  },
  // Redirects as SDKs and browsers word them (not S3's text).
  {
    pattern: "incorrect region, the bucket is not in '…' region",
    code: "PermanentRedirect",
    readAs: "The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.",
    causes: ["client-region-not-bucket-region"],
    note: "The Go SDK v1's BucketRegionError: S3 answered 301 because the client's region (quoted) is not the bucket's.",
    source: "issue erikvanbrakel/anthology#9; issue airbnb/streamalert#469 (SDK wording)",
  },
  {
    pattern: "which is disallowed for cross-origin requests that require preflight",
    code: "TemporaryRedirect",
    readAs: "Please re-send this request to the specified temporary endpoint. Continue to use the original request endpoint for future requests.",
    causes: ["new-bucket-dns-not-propagated"],
    note: "The browser refused to follow S3's redirect to the bucket's regional name: address the bucket by its regional endpoint (a bucket's global name redirects while it is new).",
    source: "issue component/s3#7 (browser wording)",
  },
];
