import { EXPIRED_TEMPORARY } from "./constants.ts";
import type { Fault } from "./types.ts";

export const expiredToken: Fault = {
  id: "expired-token",
  title: "Expired temporary credentials",
  description: "The client signs with temporary credentials whose session ended (the default world's ASIASIGFIXEXPIRED001).",
  apply: (s) => ({ ...s, credentials: { ...EXPIRED_TEMPORARY } }),
  expected: {
    awsQuery: "query.ExpiredToken",
    awsJson1_0: "json.ExpiredTokenException",
    restXml: "s3.ExpiredToken",
  },
};
