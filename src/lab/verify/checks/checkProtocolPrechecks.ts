import { getHeaderValues } from "../../request/getHeaderValues.ts";
import { pass, type Step } from "../types.ts";
import { JSON_OPERATIONS } from "./jsonOperations.ts";

/**
 * What a JSON-protocol front door checks before any authentication (dynalite, §3.1 steps 1-3): POST with a JSON
 * content type (else 404 `<UnknownOperationException/>`), a body that parses as JSON, and a known `X-Amz-Target`.
 */
export const checkProtocolPrechecks: Step = (ctx) => {
  const { req, service } = ctx;
  if (service.protocol !== "awsJson1_0" && service.protocol !== "awsJson1_1") return null;
  const version = service.protocol === "awsJson1_0" ? "1.0" : "1.1";
  const contentType = getHeaderValues(req, "content-type")[0];
  const mediaType = contentType?.split(";")[0]!.trim().toLowerCase();
  const jsonType = mediaType === "application/json" || mediaType === `application/x-amz-json-${version}`;
  if (req.method !== "POST" || (req.body.length > 0 && !jsonType)) {
    const what = req.method !== "POST" ? `the method is \`${req.method}\`` : `the Content-Type is \`${contentType ?? "(none)"}\``;
    return {
      passed: false,
      detail: `${service.title} only answers POST with a JSON body; ${what}.`,
      kind: "notJsonPost",
      params: {},
      summary: `${service.title} takes every operation as a POST with a JSON body, but ${what}, so it did not recognise an operation at all.`,
      fix: `Send \`POST /\` with \`Content-Type: application/x-amz-json-${version}\` and the operation in \`X-Amz-Target\`.`,
    };
  }
  const text = new TextDecoder().decode(req.body);
  if (text !== "") {
    try {
      JSON.parse(text);
    } catch {
      return {
        passed: false,
        detail: "The body is not valid JSON.",
        kind: "bodyNotJson",
        params: {},
        summary: `The body \`${text.length > 60 ? `${text.slice(0, 60)}…` : text}\` is not valid JSON, so ${service.title} rejected it before looking at the signature.`,
        fix: "Send the operation's input as a JSON object (`{}` when it has none).",
      };
    }
  }
  const target = getHeaderValues(req, "x-amz-target")[0];
  // Prefixes can hold dots (`com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101`): the operation is after the last.
  const dot = (target ?? "").lastIndexOf(".");
  const [prefix, operation] = dot < 0 ? [target ?? "", undefined] : [target!.slice(0, dot), target!.slice(dot + 1)];
  const known = JSON_OPERATIONS[service.id];
  const prefixes = known?.prefixes ?? [service.targetPrefix ?? ""];
  const operationOk = operation !== undefined && (known ? known.operations.includes(operation) : /^[A-Z][A-Za-z0-9]*$/.test(operation));
  if (target === undefined || !prefixes.includes(prefix) || !operationOk) {
    const received = target === undefined ? "no `X-Amz-Target` header" : `\`X-Amz-Target: ${target}\``;
    return {
      passed: false,
      detail: `${received}: not a ${service.title} operation.`,
      kind: "unknownOperation",
      params: {},
      summary: `The request carries ${received}, which names no ${service.title} operation; this is checked before authentication.`,
      fix: `Set \`X-Amz-Target: ${service.targetPrefix ?? ""}.<Operation>\`, for example \`${service.targetPrefix ?? ""}.${known?.operations[0] ?? "ListStreams"}\`.`,
    };
  }
  return pass(`POST with a JSON body and \`X-Amz-Target: ${target}\`.`);
};
