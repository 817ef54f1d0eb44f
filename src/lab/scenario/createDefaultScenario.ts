import type { Scenario, ServiceId } from "../types.ts";
import { getServiceSpec } from "../world/services.ts";

const REGION = "us-east-1";

/** A long-term key of the default world (issue 3's table). */
export const DEFAULT_CREDENTIALS = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
} as const;

function jsonRequest(host: string, target: string, contentType: string): string {
  return `POST / HTTP/1.1\r\nHost: ${host}\r\nContent-Type: ${contentType}\r\nX-Amz-Target: ${target}\r\n\r\n{}`;
}

function queryRequest(host: string, body: string): string {
  return `POST / HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/x-www-form-urlencoded; charset=utf-8\r\n\r\n${body}`;
}

/** The sample request per service: an operation that succeeds when signed right. */
function sampleRequest(service: ServiceId): string {
  const host = getServiceSpec(service).host(REGION);
  switch (service) {
    case "dynamodb":
      return jsonRequest(host, "DynamoDB_20120810.ListTables", "application/x-amz-json-1.0");
    case "kinesis":
      return jsonRequest(host, "Kinesis_20131202.ListStreams", "application/x-amz-json-1.1");
    case "kms":
      return jsonRequest(host, "TrentService.ListKeys", "application/x-amz-json-1.1");
    case "sts":
      return queryRequest(host, "Action=GetCallerIdentity&Version=2011-06-15");
    case "iam":
      return queryRequest(host, "Action=GetUser&Version=2010-05-08");
    case "sqs":
      return queryRequest(host, "Action=ListQueues&Version=2012-11-05");
    case "ec2":
      return queryRequest(host, "Action=DescribeRegions&Version=2016-11-15");
    case "s3":
      return `GET /hello.txt HTTP/1.1\r\nHost: sigfix-example.${host}\r\n\r\n`;
    case "lambda":
      return `GET /2015-03-31/functions/ HTTP/1.1\r\nHost: ${host}\r\n\r\n`;
  }
}

/** A ready sample scenario for a service: the default world's AKIDEXAMPLE key, no skew, header signing. */
export function createDefaultScenario(service: ServiceId, serverNow: string): Scenario {
  return {
    request: sampleRequest(service),
    service,
    region: REGION,
    credentials: { ...DEFAULT_CREDENTIALS },
    clockSkewSeconds: 0,
    mode: "header",
    endpointMode: "aws",
    serverNow,
  };
}
