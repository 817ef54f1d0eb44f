import type { BotocoreError } from "./formatBotocore.ts";

export interface CliOutput {
  stderr: string;
  exitCode: number;
}

/**
 * AWS CLI v1 (aws/aws-cli develop, awscli/clidriver.py main → awscli/utils.py write_exception): "\n" + str(error)
 * + "\n" on stderr, exit 255 (verified against aws-cli 1.45.11 in tests/mock/sdkOutputReal.test.ts).
 */
export function formatAwsCliV1(e: BotocoreError): CliOutput {
  return { stderr: `\n${e.text}\n`, exitCode: 255 };
}

// awscli/customizations/s3errormsg.py REGION_ERROR_MSG (aws-cli 1.45.11; the same file on branch v2).
const REGION_ERROR_MSG =
  "You can fix this issue by explicitly providing the correct region location using the --region argument, the AWS_DEFAULT_REGION environment variable, or the region variable in the AWS CLI configuration file.  You can get the bucket's location by running \"aws s3api get-bucket-location --bucket BUCKET\".";

/**
 * The CLI rewrites some S3 messages before botocore raises (awscli/customizations/s3errormsg.py enhance_error_msg, on
 * "after-call.s3"): a PermanentRedirect's message loses its last character (the full stop), gains ": <Endpoint>\n"
 * and the region advice. Measured with aws-cli 1.45.11 (tests/mock/sdkOutputS3Uploads.test.ts).
 */
export function enhanceCliMessage(code: string, message: string, endpoint: string | null): string {
  if (code === "PermanentRedirect" && endpoint !== null) return `${message.slice(0, -1)}: ${endpoint}\n${REGION_ERROR_MSG}`;
  return message;
}

/**
 * AWS CLI v2 (aws/aws-cli branch v2, awscli/errorhandler.py ClientErrorHandler, RC = CLIENT_ERROR_RC = 254 in
 * awscli/constants.py; awscli/errorformat.py write_error): "\n" + "aws: [ERROR]: " + str(error) + "\n" since 2.34.0
 * (CHANGELOG: "Standardize CLI error message format to use `aws: [ERROR]: <message>` prefix"). The default
 * "enhanced" format then prints "Additional error details:" only for modelled fields beyond Code and Message, which
 * authentication errors do not have. Before 2.34.0 the line had no prefix.
 */
export function formatAwsCliV2(e: BotocoreError): CliOutput & { before234: string } {
  return { stderr: `\naws: [ERROR]: ${e.text}\n`, exitCode: 254, before234: `\n${e.text}\n` };
}
