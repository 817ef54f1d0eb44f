import { VALID_TEMPORARY } from "./constants.ts";
import type { Fault } from "./types.ts";

/**
 * Lambda function URL: a signing interceptor given a temporary key and secret but not the token
 * (jamesmbourne/aws4-axios#1553). The lab's answer is the one asia-key-without-token gets; this fault exists so the
 * front door's cause is told apart from the service-wide one (the diagnose page ranks causes by their faults).
 */
export const signerDropsSessionToken: Fault = {
  id: "signer-drops-session-token",
  title: "Signing interceptor drops the session token",
  description: "The interceptor signs with the ASIA… key and its secret from fetchAuthSession() but never receives the session token.",
  frontDoor: "lambda-url",
  apply: (s) => ({ ...s, credentials: { accessKeyId: VALID_TEMPORARY.accessKeyId, secretAccessKey: VALID_TEMPORARY.secretAccessKey } }),
  expected: {},
};
