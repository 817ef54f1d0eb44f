import { ALGORITHM } from "../../constants.ts";
import { pass, type Step } from "../types.ts";

/** The algorithm must be `AWS4-HMAC-SHA256` (§4.6; S3: InvalidRequest, §4.8). An empty query value is left to the parameter check. */
export const checkAlgorithm: Step = (ctx) => {
  const { auth } = ctx;
  if (auth.kind !== "auth") return null;
  const algorithm = auth.algorithm ?? "";
  if (algorithm === ALGORITHM || (auth.mode === "query" && algorithm === "")) return pass(`Algorithm \`${ALGORITHM}\`.`);
  const sigV2 = auth.mode === "header" && algorithm === "AWS";
  return {
    passed: false,
    detail: `Algorithm \`${algorithm}\` is not \`${ALGORITHM}\`.`,
    kind: "unsupportedAlgorithm",
    params: { algorithm, mode: auth.mode, authorization: auth.header ?? "" },
    summary: sigV2
      ? "The request is signed with Signature Version 2 (`Authorization: AWS key:signature`), which this endpoint no longer accepts."
      : `The signing algorithm is \`${algorithm}\`; AWS accepts only \`${ALGORITHM}\` here.`,
    fix: `Sign with SigV4 (\`${ALGORITHM}\`): update the SDK or tool, or set its signature version to v4 (\`s3v4\`).`,
  };
};
