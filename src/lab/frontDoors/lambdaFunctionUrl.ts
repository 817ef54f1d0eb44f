import { messageBody, renderDoorJson } from "./renderDoorJson.ts";
import type { FrontDoor } from "./types.ts";

export const lambdaUrlHost = (region: string) => `sigfixexampleurlid0000000000000a.lambda-url.${region}.on.aws`;

export const LAMBDA_URL_BODY = '{"name":"sigfix"}';

/** The AccessDeniedException body uses a capital-M `Message` (awsdocs/aws-lambda-developer-guide#494). */
const bodyFor = (verdict: Parameters<typeof messageBody>[0]) =>
  verdict.outcome === "AccessDeniedException" ? { Message: verdict.message } : messageBody(verdict);

/** Lambda function URLs with auth type `AWS_IAM`: signing name `lambda`, host `<url-id>.lambda-url.<region>.on.aws`. */
export const lambdaFunctionUrl: FrontDoor = {
  id: "lambda-url",
  title: "Lambda function URL",
  signingName: "lambda",
  baseService: "lambda",
  sampleRequest: (region) =>
    `POST /greet HTTP/1.1\r\nHost: ${lambdaUrlHost(region)}\r\nContent-Type: application/json\r\n\r\n${LAMBDA_URL_BODY}`,
  mode: "header",
  signsContentSha256: false,
  tokenAfterSigning: false,
  tokenOutsideSignature: false,
  signatureDetail: false,
  renderError: (verdict, ctx) => renderDoorJson(verdict, ctx, { body: bodyFor, errorTypeSuffix: "" }),
  modelNote: "signing name lambda; the short signature message, the bare code in x-amzn-ErrorType.",
  facts: [
    {
      claim: "The signing name is `lambda` and the host `<url-id>.lambda-url.<region>.on.aws`; a signature mismatch answers 403, x-amzn-ErrorType: InvalidSignatureException, and the short message without the canonical request.",
      sources: ["https://github.com/minorun365/html-share/issues/4", "https://github.com/jamesmbourne/aws4-axios/issues/1553"],
      confidence: "single-source",
    },
    {
      claim: "Temporary credentials whose token is not sent (or not the key's) answer 403 \"The security token included in the request is invalid.\"",
      sources: ["https://github.com/jamesmbourne/aws4-axios/issues/1553"],
      confidence: "single-source",
    },
    {
      claim: "A caller the resource policy does not allow gets 403 AccessDeniedException {\"Message\":\"Forbidden. For troubleshooting Function URL authorization issues, see: https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html\"}; since October 2025 a URL needs both lambda:InvokeFunctionUrl and lambda:InvokeFunction.",
      sources: [
        "https://github.com/awsdocs/aws-lambda-developer-guide/issues/494",
        "https://github.com/brikis98/devops-book/pull/12",
        "https://github.com/ant-media/Ant-Media-Server/issues/7827",
      ],
      confidence: "confirmed",
    },
  ],
};
