import type { Fact, Hint } from "../types.ts";
import type { Recogniser } from "./types.ts";

const OPERATION = [
  /when calling the (\w+) operation/,
  /operation error [\w .-]+: (\w+)/,
  /Error executing "(\w+)"/,
  /\b(?:Received error response|AmazonS3Client)\b.*?\.(\w+)\(/,
];
const LOCAL_ENDPOINT = /\b(localstack|minio|zenko|cloudserver|ceph|versitygw|localhost|127\.0\.0\.1)\b|--endpoint-url\b|:4566\b|:9000\b/i;
const OTHER_PARTITION = /\b(cn-north-1|cn-northwest-1|amazonaws\.com\.cn|us-gov-(?:west|east)-1|GovCloud|CN users)\b/i;
const GLOBAL_SERVICE = /\bIAM\b|\\Iam\\|\biam\.amazonaws\.com\b|\biam\.New\b|\bIamClient\b/;
const SCOPE_REGION = /scoped to a valid region/i;
const ASIA_KEY = /\bASIA[A-Z0-9]{4}/;
const TOKEN_SHOWN = /security[-_ ]?token|session[-_ ]?token|X-Amz-Security-Token|AWS_SESSION_TOKEN/i;

/**
 * The signals around the error: the SDK operation called (a plain SDK call is no presigned URL), a local or
 * S3-compatible endpoint, another partition, a global service signed for a region, a temporary key shown without
 * its token. Each becomes a hint that names the guide causes it makes likelier (cause ids are forever).
 */
export const recognisePasteSignals: Recogniser = {
  name: "signals",
  recognise(paste) {
    const { text } = paste;
    const facts: Fact[] = [];
    const hints: Hint[] = [];
    const op = OPERATION.map((re) => re.exec(text)?.[1]).find((v) => v !== undefined);
    if (op) facts.push({ label: "Operation", value: op });
    if (op && !/X-Amz-(Signature|Credential)=/i.test(text) && !paste.extras.Expires) {
      hints.push({
        severity: "info",
        text: `An SDK call (${op}), not a presigned URL: causes that only concern presigned URLs are unlikely.`,
        demote: ["presigned-url-outlived-session", "temporary-credentials-expired-first", "url-past-expiry", "signer-clock-behind", "expires-over-a-week", "url-cut-or-edited", "credential-encoded-twice"],
      });
    }
    const local = LOCAL_ENDPOINT.exec(text);
    if (local) {
      hints.push({
        severity: "info",
        text: `The paste mentions ${local[0]}: a local or S3-compatible endpoint has its own keys, and AWS does not know them (nor they AWS's). Check which endpoint the client really reached.`,
        causes: ["s3-compatible-store-keys", "wrong-endpoint"],
      });
    }
    const partition = OTHER_PARTITION.exec(text);
    if (partition) {
      hints.push({ severity: "info", text: `The paste mentions ${partition[0]}: keys of one partition (commercial, China, GovCloud) are unknown in the others.`, causes: ["other-partition"] });
    }
    const message = paste.error?.message ?? "";
    if (SCOPE_REGION.test(message + text) && GLOBAL_SERVICE.test(text) && !/not 'us-east-1'/.test(message)) {
      hints.push({
        severity: "info",
        text: "IAM is a global service: its endpoint accepts only requests signed for us-east-1, whatever region the client is configured for.",
        causes: ["global-endpoint-signed-for-another-region"],
      });
    }
    if (ASIA_KEY.test(text) && !TOKEN_SHOWN.test(text)) {
      hints.push({
        severity: "warning",
        text: "The paste shows an ASIA (temporary) key and no session token: a temporary key is unknown to AWS unless its session token goes with it.",
        causes: ["asia-key-without-token", "unusable-session-token"],
      });
    }
    return facts.length || hints.length ? { facts, hints } : null;
  },
};
