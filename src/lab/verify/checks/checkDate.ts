import { pass, type Step } from "../types.ts";

/** The request date must be ISO-8601 basic format, `yyyyMMddTHHmmssZ` (§4.6; S3 §4.8). */
export const checkDate: Step = (ctx) => {
  const { auth, requestDate } = ctx;
  if (auth.kind !== "auth") return null;
  if (requestDate) return pass(`Date \`${auth.date}\` (from ${auth.dateSource === "query" ? "X-Amz-Date" : auth.dateSource === "date" ? "the Date header" : "the X-Amz-Date header"}).`);
  const received = auth.date;
  return {
    passed: false,
    detail: received === undefined ? "No X-Amz-Date or Date header." : `Date \`${received}\` is not yyyyMMddTHHmmssZ.`,
    kind: received === undefined ? "missingDate" : "dateFormat",
    params: { requestDate: received ?? "", mode: auth.mode },
    summary: received === undefined
      ? "The request has no `X-Amz-Date` (or `Date`) header, so AWS cannot tell when it was signed."
      : `The request date \`${received}\` is not in SigV4's basic ISO-8601 form \`yyyyMMddTHHmmssZ\` (for example \`20150830T123600Z\`).`,
    fix: "Send `X-Amz-Date` as `yyyyMMddTHHmmssZ` in UTC, the same value the string to sign uses; an SDK does this for you.",
  };
};
