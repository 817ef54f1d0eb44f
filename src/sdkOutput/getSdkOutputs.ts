import { CLIENT_NAMES } from "./clientNames.ts";
import { enhanceCliMessage, formatAwsCliV1, formatAwsCliV2 } from "./formatAwsCli.ts";
import { formatBotocore } from "./formatBotocore.ts";
import { formatDotNet } from "./formatDotNet.ts";
import { formatGoV2 } from "./formatGoV2.ts";
import { formatJavaV2 } from "./formatJavaV2.ts";
import { formatJsV3 } from "./formatJsV3.ts";
import { judgeBotocoreRetry } from "./judgeBotocoreRetry.ts";
import { judgeSdkBehaviour } from "./judgeSdkBehaviour.ts";
import { parseErrorResponse } from "./parseErrorResponse.ts";
import type { SdkFailure, SdkId, SdkOutput, SdkSource } from "./types.ts";

const src = (repo: string, path: string): SdkSource => ({ repo, path });

/**
 * What each common client prints for one failed call, in a fixed order: botocore, AWS CLI v1 and v2, JS v3,
 * Java v2, Go v2, .NET. Each text shows the error as thrown on the call's last attempt (for an SDK that corrects
 * its clock and retries, that is what you see only if the retry fails too: `behaviour` says so).
 * An unknown service gives an empty list.
 */
export function getSdkOutputs(f: SdkFailure): SdkOutput[] {
  // A service id from outside the lab's list (a hand-made failure) has no SDK names to print: nothing, not a crash.
  if (!Object.hasOwn(CLIENT_NAMES, f.service)) return [];
  const e = parseErrorResponse(f);
  // botocore and the AWS CLI v1 default to legacy retries, the CLI v2 to standard (AWS CLI v2 user guide,
  // "AWS CLI retries": standard is the default in version 2).
  const legacy = judgeBotocoreRetry(f, e, "legacy");
  const standard = judgeBotocoreRetry(f, e, "standard");
  const b = formatBotocore(f, e, legacy);
  // The AWS CLI is botocore with its own after-call handlers, which rewrite some S3 messages before the raise.
  const enhance = (code: string, message: string) => enhanceCliMessage(code, message, e.endpoint);
  const v1 = formatAwsCliV1(formatBotocore(f, e, legacy, enhance));
  const v2 = formatAwsCliV2(formatBotocore(f, e, standard, enhance));
  const js = formatJsV3(f, e);
  const java = formatJavaV2(f, e, 1);
  const go = formatGoV2(f, e);
  const net = formatDotNet(f, e);
  const out = (id: SdkId, o: Omit<SdkOutput, "id" | "behaviour">): SdkOutput => ({ id, ...o, behaviour: judgeSdkBehaviour(id, f, e) });
  const botocoreSources = [src("boto/botocore", "botocore/exceptions.py"), src("boto/botocore", "botocore/parsers.py")];
  return [
    out("botocore", {
      title: "boto3 / botocore (Python)",
      exceptionClass: b.exceptionClass,
      text: b.text,
      stream: "exception",
      exitCode: null,
      fields: [
        ["e.response['Error']['Code']", b.code],
        ["e.response['Error']['Message']", b.message],
        ["e.response['ResponseMetadata']['HTTPStatusCode']", String(f.status)],
        ["e.response['ResponseMetadata']['RequestId']", e.requestId ?? ""],
      ],
      sources: botocoreSources,
    }),
    out("aws-cli-v1", { title: "AWS CLI v1", exceptionClass: "stderr", text: v1.stderr, stream: "stderr", exitCode: v1.exitCode, fields: [["exit code", String(v1.exitCode)]], sources: [src("aws/aws-cli", "awscli/clidriver.py"), src("aws/aws-cli", "awscli/utils.py")] }),
    out("aws-cli-v2", {
      title: "AWS CLI v2",
      exceptionClass: "stderr",
      text: v2.stderr,
      stream: "stderr",
      exitCode: v2.exitCode,
      fields: [["exit code", String(v2.exitCode)]],
      sources: [src("aws/aws-cli", "awscli/errorhandler.py (branch v2)"), src("aws/aws-cli", "awscli/errorformat.py (branch v2)")],
      note: `Before 2.34.0 the line had no "aws: [ERROR]: " prefix.`,
    }),
    out("js-v3", {
      title: "AWS SDK for JavaScript v3",
      exceptionClass: js.exceptionClass,
      text: js.text,
      stream: "exception",
      exitCode: null,
      fields: [
        ["name", js.name],
        ["message", js.message],
        ["$fault", js.$fault],
        ...Object.entries(js.$metadata).map(([k, v]): [string, string] => [`$metadata.${k}`, String(v)]),
      ],
      sources: [src("aws/aws-sdk-js-v3", "packages/core/src/submodules/protocols/ProtocolLib.ts"), src("aws/aws-sdk-js-v3", "packages/core/src/submodules/httpAuthSchemes/aws_sdk/AwsSdkSigV4Signer.ts")],
    }),
    out("java-v2", {
      title: "AWS SDK for Java v2",
      exceptionClass: java.exceptionClass,
      text: java.text,
      stream: "exception",
      exitCode: null,
      fields: [
        ["awsErrorDetails().errorCode()", e.code],
        ["statusCode()", String(f.status)],
        ["requestId()", e.requestId ?? "null"],
      ],
      sources: [src("aws/aws-sdk-java-v2", "core/aws-core/src/main/java/software/amazon/awssdk/awscore/exception/AwsServiceException.java"), src("aws/aws-sdk-java-v2", "core/sdk-core/src/main/java/software/amazon/awssdk/core/retry/ClockSkew.java")],
    }),
    out("go-v2", {
      title: "AWS SDK for Go v2",
      exceptionClass: go.exceptionClass,
      text: go.text,
      stream: "exception",
      exitCode: null,
      fields: [
        ["apiErr.ErrorCode()", go.code],
        ["apiErr.ErrorMessage()", go.message],
        ["respErr.HTTPStatusCode()", String(f.status)],
        ["respErr.ServiceRequestID()", e.requestId ?? ""],
      ],
      sources: [src("aws/smithy-go", "errors.go"), src("aws/aws-sdk-go-v2", "aws/transport/http/response_error.go"), src("aws/aws-sdk-go-v2", "service/internal/s3shared/response_error.go")],
    }),
    out("dotnet", {
      title: "AWS SDK for .NET",
      exceptionClass: net.exceptionClass,
      text: net.text,
      stream: "exception",
      exitCode: null,
      fields: net.fields,
      sources: [src("aws/aws-sdk-net", "sdk/src/Core/Amazon.Runtime/AmazonServiceException.cs"), src("aws/aws-sdk-net", "sdk/src/Core/Amazon.Runtime/Pipeline/RetryHandler/RetryPolicy.cs")],
    }),
  ];
}
