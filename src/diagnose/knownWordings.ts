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
  /** The faults, not the code, name the guide (the code is a generic one such as AccessDenied). */
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
    pattern: "Invalid according to Policy: Policy Condition failed:",
    code: "AccessDenied",
    readAs: 'Invalid according to Policy: Policy Condition failed: ["starts-with", "$Content-Type", "image/"]',
    note: "A field of the browser form upload does not satisfy the quoted condition of its presigned POST policy: compare that field's value in the form with the condition (field names are case-insensitive, values exact).",
    source: "issue tj/node-s3-policy#8; issue waynehoover/s3_direct_upload#107",
  },
  {
    pattern: "Invalid according to Policy: Extra input fields:",
    code: "AccessDenied",
    readAs: "Invalid according to Policy: Extra input fields: x-requested-with",
    note: "The browser form upload sends a field (named after the colon, lower-cased) that no condition of its presigned POST policy lists: stop sending it, or sign a condition for it.",
    source: "issue froala/wysiwyg-editor#404; issue danialfarid/ng-file-upload#400",
  },
];
