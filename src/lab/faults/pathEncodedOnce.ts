import type { Fault } from "./types.ts";

const FUNCTION_ARN = "arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Asigfix-example";

/**
 * A signer that applies S3's path rule (encode once) to a service that encodes again. It only shows where the
 * path holds a `%`: Lambda's GetFunction with a function ARN does.
 */
export const pathEncodedOnce: Fault = {
  id: "path-encoded-once",
  title: "Path encoded once for a service that encodes twice",
  description: "The client signs the path as S3 wants it (encoded once), but every other service encodes the path again.",
  apply: (s) => ({
    ...s,
    encodePathOnce: true,
    request: s.service === "lambda" ? s.request.replace(/^GET \S+/, `GET /2015-03-31/functions/${FUNCTION_ARN}`) : s.request,
  }),
  notApplicable: (service) =>
    service === "s3"
      ? "S3 itself encodes the path once."
      : service === "lambda"
        ? null
        : "Requests to this service go to `/`, where single and double encoding agree.",
  expected: { restJson1: "json.InvalidSignatureException" },
};
