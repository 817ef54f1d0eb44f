import type { Fault } from "./types.ts";

/** A JWT sent as `Authorization: Bearer …` to a route that expects SigV4 (aws/chalice#828). */
export const bearerTokenSent: Fault = {
  id: "bearer-token-sent",
  title: "Bearer token instead of SigV4",
  description: "The client sends its Cognito or OIDC token as Authorization: Bearer … to an AWS_IAM route.",
  frontDoor: "execute-api",
  apply: (s) => ({
    ...s,
    skipSigning: true,
    request: s.request.replace(/\r\n\r\n/, "\r\nAuthorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.EXAMPLE\r\n\r\n"),
  }),
  expected: {},
};
