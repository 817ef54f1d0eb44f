/** The default world's identities, as the README table (issue 3) documents them: literals, not the lab's data. */
export const AKID = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
export const AKIA = { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" };
export const INACTIVE = { accessKeyId: "AKIAI44QH8DHBEXAMPLE", secretAccessKey: "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY" };
export const TEMP_VALID = {
  accessKeyId: "ASIASIGFIXVALID00001",
  secretAccessKey: "sigfixValidTemporarySecretKeyEXAMPLE0001",
  sessionToken: "sigfix-valid-session-token-EXAMPLE",
};
export const TEMP_EXPIRED = {
  accessKeyId: "ASIASIGFIXEXPIRED001",
  secretAccessKey: "sigfixExpiredTemporarySecretKeyEXAMPLE01",
  sessionToken: "sigfix-expired-session-token-EXAMPLE",
};
