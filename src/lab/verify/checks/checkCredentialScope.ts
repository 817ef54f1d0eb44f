import { KEY_TYPE_IDENTIFIER } from "../../constants.ts";
import { formatAmzDate } from "../../sigv4/formatAmzDate.ts";
import { pass, type Step } from "../types.ts";

/**
 * The scope's region, service, terminator and date must be the endpoint's (§4.5): every wrong part is reported,
 * in that order. The service sentence names the service the endpoint expects. S3: region only (§4.8).
 */
export const checkCredentialScope: Step = (ctx) => {
  const { auth, credentialParts, requestDate, signingName } = ctx;
  if (auth.kind !== "auth" || credentialParts?.length !== 5 || !requestDate) return null;
  // S3 expects the bucket's region (issue 12): the region the request reached once no redirect applied.
  const endpoint = ctx.s3Routing ? { region: ctx.s3Routing.reachedRegion } : ctx.endpoint;
  const [, date, region, service, terminator] = credentialParts as [string, string, string, string, string];
  const shortDate = formatAmzDate(requestDate).shortDate;
  const scope: { region?: string; service?: string; terminator?: string; date?: string } = {};
  if (region !== endpoint.region) scope.region = region;
  if (service !== signingName) scope.service = service;
  if (terminator !== KEY_TYPE_IDENTIFIER) scope.terminator = terminator;
  if (date !== shortDate) scope.date = date;
  const wrong = Object.keys(scope);
  if (wrong.length === 0) return pass(`Scope \`${credentialParts.slice(1).join("/")}\` matches ${endpoint.region}/${signingName} on ${shortDate}.`);
  const problems = [
    scope.region !== undefined ? `region \`${region}\` (this endpoint is in \`${endpoint.region}\`)` : "",
    scope.service !== undefined ? `service \`${service}\` (this endpoint expects \`${signingName}\`)` : "",
    scope.terminator !== undefined ? `terminator \`${terminator}\` (must be \`${KEY_TYPE_IDENTIFIER}\`)` : "",
    scope.date !== undefined ? `date \`${date}\` (the request is dated \`${shortDate}\`)` : "",
  ].filter(Boolean);
  return {
    passed: false,
    detail: `Wrong scope ${wrong.join(", ")}.`,
    kind: "credentialScope",
    params: { scope, expectedRegion: endpoint.region, expectedService: signingName, requestShortDate: shortDate, requestDate: auth.date ?? "", mode: auth.mode },
    summary: `The credential scope \`${credentialParts.slice(1).join("/")}\` has the wrong ${problems.join(", ")}.`,
    fix: scope.region !== undefined
      ? `Sign for the endpoint's region: set the client's region to \`${endpoint.region}\` (AWS_REGION / --region), or send the request to the ${region} endpoint.`
      : scope.service !== undefined
        ? `Sign with the service's signing name \`${signingName}\` (check a hand-set signing name or a custom endpoint).`
        : "Build the scope from the same X-Amz-Date the request carries, ending in `aws4_request`.",
  };
};
