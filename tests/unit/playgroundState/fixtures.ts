import type { Scenario } from "../../../src/lab/types.ts";
import type { ExampleIdentity } from "../../../src/playgroundState/types.ts";

/** The issue-3 identity table, copied by hand: tests must not take it from the code under test. */
export const EXAMPLES: ExampleIdentity[] = [
  { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" },
  { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" },
  { accessKeyId: "AKIAI44QH8DHBEXAMPLE", secretAccessKey: "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY" },
  { accessKeyId: "ASIASIGFIXVALID00001", secretAccessKey: "sigfixValidTemporarySecretKeyEXAMPLE0001", sessionToken: "sigfix-valid-session-token-EXAMPLE" },
  { accessKeyId: "ASIASIGFIXEXPIRED001", secretAccessKey: "sigfixExpiredTemporarySecretKeyEXAMPLE01", sessionToken: "sigfix-expired-session-token-EXAMPLE" },
];

export const REAL_SECRET = "q9Zx7Lm2Pp4Rt6Vv8Bb0Nn1Mm3Kk5Jj7Hh9Gg2Ff";
export const REAL_TOKEN = "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDrealtokenbody";

export function scenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    request: "POST / HTTP/1.1\nHost: sts.us-east-1.amazonaws.com\nContent-Type: application/x-www-form-urlencoded\n\nAction=GetCallerIdentity&Version=2011-06-15",
    service: "sts",
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" },
    clockSkewSeconds: 0,
    mode: "header",
    endpointMode: "aws",
    serverNow: "2015-08-30T12:36:00Z",
    ...overrides,
  };
}
