import type { ServiceSpec } from "../world/services.ts";
import type { ErrorCode } from "./errorCodes.ts";
import { formatBasic } from "./formatServerTimes.ts";
import { getScopeMessage } from "./getScopeMessage.ts";
import type { Confidence, FailureKind, FailureParams, ResolvedError } from "./types.ts";

type Family = "json" | "restJson" | "query" | "ec2";

type Role = "unknownKey" | "badToken" | "expiredToken" | "signature" | "skew" | "incomplete" | "missing";

/** Code and status per protocol family. restJson1: 403 throughout (catalogue restjson.* and §4.7 API Gateway). */
const CODES: Record<Family, Record<Role, [ErrorCode, number]>> = {
  json: {
    unknownKey: ["UnrecognizedClientException", 400],
    badToken: ["UnrecognizedClientException", 400],
    expiredToken: ["ExpiredTokenException", 400],
    signature: ["InvalidSignatureException", 400],
    skew: ["InvalidSignatureException", 400],
    incomplete: ["IncompleteSignatureException", 400],
    missing: ["MissingAuthenticationTokenException", 400],
  },
  restJson: {
    unknownKey: ["UnrecognizedClientException", 403],
    badToken: ["UnrecognizedClientException", 403],
    expiredToken: ["ExpiredTokenException", 403],
    signature: ["InvalidSignatureException", 403],
    skew: ["InvalidSignatureException", 403],
    incomplete: ["IncompleteSignatureException", 403],
    missing: ["MissingAuthenticationTokenException", 403],
  },
  query: {
    unknownKey: ["InvalidClientTokenId", 403],
    badToken: ["InvalidClientTokenId", 403],
    expiredToken: ["ExpiredToken", 403],
    signature: ["SignatureDoesNotMatch", 403],
    skew: ["SignatureDoesNotMatch", 403],
    incomplete: ["IncompleteSignature", 400],
    missing: ["MissingAuthenticationToken", 403],
  },
  ec2: {
    unknownKey: ["AuthFailure", 401],
    badToken: ["AuthFailure", 401],
    expiredToken: ["RequestExpired", 400],
    signature: ["SignatureDoesNotMatch", 403],
    skew: ["RequestExpired", 400],
    incomplete: ["IncompleteSignature", 400],
    missing: ["MissingAuthenticationToken", 403],
  },
};

const INVALID_TOKEN = "The security token included in the request is invalid";
const SIGNATURE_MISMATCH =
  "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";
const EC2_AUTH_FAILURE = "AWS was not able to validate the provided access credentials";


/** awsJson, restJson1, awsQuery and ec2Query: the Coral/IAM-style front door. */
export function resolveCoralError(kind: FailureKind, service: ServiceSpec, p: FailureParams): ResolvedError {
  const family: Family = service.errorFamily === "s3" ? "query" : service.errorFamily;
  const code = (role: Role) => CODES[family][role];
  const make = (role: Role, message: string, catalogueId: string | null, confidence: Confidence, note?: string): ResolvedError => {
    const [c, status] = code(role);
    return { code: c, status, message, catalogueId, confidence, extras: [], extraHeaders: [], ...(note ? { note } : {}) };
  };
  const ec2 = family === "ec2";
  const ec2Note = "EC2's code for this failure is not captured (catalogue §12.4); the lab uses the query family's code.";

  switch (kind) {
    case "notJsonPost":
      return { code: "UnknownOperationException", status: 404, message: "", catalogueId: null, confidence: "single-source", extras: [], extraHeaders: [], note: "Body is `<UnknownOperationException/>` and a newline (dynalite, §3.1 step 1)." };
    case "bodyNotJson":
      return { code: "SerializationException", status: 400, message: "", catalogueId: null, confidence: "single-source", extras: [], extraHeaders: [], note: "No message member (dynalite, §3.1 step 2)." };
    case "unknownOperation":
      return { code: "UnknownOperationException", status: 400, message: "", catalogueId: null, confidence: "single-source", extras: [], extraHeaders: [], note: "No message member (dynalite, §3.1 step 3)." };
    case "bothAuthMechanisms":
      return make("signature", "Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header.", "both-auth-mechanisms", "uncertain",
        "dynalite's DynamoDB text; scratchstack sends SignatureDoesNotMatch with no message (§4.7).");
    case "missingAuthentication":
      if (family === "restJson") return make("missing", "Missing Authentication Token", "apigw.MissingAuthenticationToken", "uncertain", "API Gateway's wording, extrapolated to REST-JSON services.");
      if (family === "json") return make("missing", "Request is missing Authentication Token", "json.MissingAuthenticationTokenException", service.id === "dynamodb" ? "single-source" : "uncertain");
      return make("missing", "Request is missing Authentication Token", "query.MissingAuthenticationToken", ec2 ? "uncertain" : "confirmed", ec2 ? ec2Note : undefined);
    case "unsupportedAlgorithm":
      return family === "query" || ec2
        ? make("incomplete", `Unsupported AWS 'algorithm': '${p.algorithm ?? ""}'.`, "incomplete.unsupported-algorithm", "uncertain", "scratchstack's wording (IAM/STS model).")
        : make("incomplete", `Unsupported AWS 'algorithm': '${p.algorithm ?? ""}' (only AWS4-HMAC-SHA256 for now). `, "incomplete.unsupported-algorithm", "uncertain", "dynalite's 2013 wording (DynamoDB model).");
    case "notKeyValue":
      return make("incomplete", `'${p.token ?? ""}' not a valid key=value pair (missing equal-sign) in Authorization header: '${p.authorization ?? ""}'.`, "incomplete.not-key-value", "confirmed");
    case "missingAuthParams":
      return make("incomplete", (p.missing ?? []).map(missingHeaderSentence).join("") + `Authorization=${p.authorization ?? ""}`, "incomplete.missing-auth-params", "confirmed");
    case "missingQueryParams":
      return make("incomplete", (p.missing ?? []).map((m) => `AWS query-string parameters must include '${m}'. `).join("") + "Re-examine the query-string parameters.", "incomplete.missing-query-params", "confirmed");
    case "credentialMalformed":
      return make("incomplete", `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${p.credential ?? ""}'`, "incomplete.credential-parts", "confirmed");
    case "hostNotSigned":
      return make("signature", "'Host' must be a 'SignedHeader' in the AWS Authorization.", "host-not-signed", "confirmed",
        "The confirmed wording; scratchstack's newer variant adds \"or ':authority'\" (single-source).");
    case "dateFormat":
    case "missingDate":
      return make("incomplete", `Date must be in ISO-8601 'basic format'. Got '${p.requestDate ?? ""}'. See http://en.wikipedia.org/wiki/ISO_8601`, "incomplete.date-format", "confirmed");
    case "signatureExpired":
    case "signatureNotYetCurrent":
      return resolveSkew(kind, family, service, p, make);
    case "credentialScope":
      return make("signature", getScopeMessage(p), scopeCatalogueId(p), ec2 ? "uncertain" : "confirmed", ec2 ? ec2Note : undefined);
    case "unknownAccessKey":
      if (ec2) return make("unknownKey", EC2_AUTH_FAILURE, "ec2.AuthFailure", "confirmed");
      return make("unknownKey", `${INVALID_TOKEN}.`, family === "query" ? "query.InvalidClientTokenId.unknown-key" : family === "json" ? "json.UnrecognizedClientException.unknown-key" : "restjson.UnrecognizedClientException", "confirmed");
    case "invalidSessionToken":
      if (ec2) return make("badToken", EC2_AUTH_FAILURE, "ec2.AuthFailure", "confirmed");
      if (family === "query") return make("badToken", INVALID_TOKEN, "query.InvalidClientTokenId.bad-session-token", "confirmed");
      return make("badToken", INVALID_TOKEN, "json.UnrecognizedClientException.bad-session-token", service.id === "dynamodb" ? "confirmed" : "uncertain");
    case "expiredSessionToken":
      if (ec2) return make("expiredToken", "Request has expired.", "ec2.RequestExpired", "uncertain", "EC2 answers RequestExpired to expired (SSO) credentials in the catalogue's captures; the trigger mapping is inferred.");
      if (family === "query") return make("expiredToken", "The security token included in the request is expired", "query.ExpiredToken", "confirmed");
      return make("expiredToken", "The security token included in the request is expired", "json.ExpiredTokenException", family === "json" ? "confirmed" : "uncertain");
    case "signatureMismatch": {
      const appends = service.appendsCanonicalDetail;
      const detail = appends.value
        ? `\n\nThe Canonical String for this request should have been\n'${p.canonicalRequest ?? ""}'\n\nThe String-to-Sign should have been\n'${p.stringToSign ?? ""}'\n`
        : "";
      if (ec2) return make("signature", SIGNATURE_MISMATCH, "ec2.SignatureDoesNotMatch", "uncertain", "Old EC2 captures only; status not captured (403 assumed); moto answers AuthFailure.");
      return make("signature", SIGNATURE_MISMATCH + detail, family === "query" ? "query.SignatureDoesNotMatch" : "json.InvalidSignatureException", appends.value ? appends.confidence : "confirmed",
        `Whether the canonical-string detail is appended is per service (§4.3): ${service.title} ${appends.value ? "appends it" : "is modelled without it"} (${appends.confidence}).`);
    }
    default:
      throw new Error(`resolveCoralError: ${kind} is not a Coral failure`);
  }
}

function missingHeaderSentence(name: string): string {
  return name === "Date"
    ? "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. "
    : `Authorization header requires '${name}' parameter. `;
}

function scopeCatalogueId(p: FailureParams): string {
  const s = p.scope ?? {};
  if (s.region !== undefined) return "scope.wrong-region";
  if (s.service !== undefined) return "scope.wrong-service";
  return "scope.terminator-and-date";
}

function resolveSkew(
  kind: "signatureExpired" | "signatureNotYetCurrent",
  family: Family,
  service: ServiceSpec,
  p: FailureParams,
  make: (role: Role, message: string, id: string | null, c: Confidence, note?: string) => ResolvedError,
): ResolvedError {
  if (family === "ec2") return make("skew", "Request has expired.", "ec2.RequestExpired", "uncertain", "EC2 with a skewed clock was also reported to give AuthFailure (§4.4).");
  const now = p.serverNow ?? new Date(0);
  const n = p.windowMinutes ?? service.skewWindowMinutes;
  const shift = n * 60_000;
  const message =
    kind === "signatureExpired"
      ? `Signature expired: ${p.requestDate ?? ""} is now earlier than ${formatBasic(new Date(now.getTime() - shift))} (${formatBasic(now)} - ${n} min.)`
      : `Signature not yet current: ${p.requestDate ?? ""} is still later than ${formatBasic(new Date(now.getTime() + shift))} (${formatBasic(now)} + ${n} min.)`;
  const windowConfidence: Confidence = service.skewWindowConfidence;
  if (family === "query") {
    return kind === "signatureExpired"
      ? make("skew", message, "query.SignatureDoesNotMatch.signature-expired", windowConfidence)
      : make("skew", message, "query.SignatureDoesNotMatch.signature-not-yet-current", "single-source");
  }
  const id = kind === "signatureNotYetCurrent"
    ? "json.InvalidSignatureException.signature-not-yet-current"
    : n === 5 ? "json.InvalidSignatureException.signature-expired.5min" : "json.InvalidSignatureException.signature-expired.15min";
  const note = family === "restJson" ? "The catalogue records 400 for REST-JSON skew errors; the lab answers 403 like REST-JSON's other auth errors." : undefined;
  return make("skew", message, id, family === "restJson" ? "uncertain" : windowConfidence, note);
}
