import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { inferEndpoint } from "../../../../src/lab/world/inferEndpoint.ts";
import { parseRequest as request } from "../../../support/parseRequest.ts";

describe("inferEndpoint", () => {
  it("finds DynamoDB from X-Amz-Target, whatever the host", () => {
    const got = inferEndpoint(request("POST / HTTP/1.1\nHost: 127.0.0.1:4599\nX-Amz-Target: DynamoDB_20120810.ListTables\n\n{}"));
    assert.deepEqual(got, { service: "dynamodb", region: "us-east-1", from: "x-amz-target" });
  });

  it("reads service and region from a regional host", () => {
    const got = inferEndpoint(request("GET /2015-03-31/functions/ HTTP/1.1\nHost: lambda.eu-west-1.amazonaws.com\n\n"));
    assert.deepEqual(got, { service: "lambda", region: "eu-west-1", from: "host" });
  });

  it("reads an S3 virtual-hosted bucket host", () => {
    const got = inferEndpoint(request("GET /k HTTP/1.1\nHost: my-bucket.s3.us-east-2.amazonaws.com\n\n"));
    assert.deepEqual(got, { service: "s3", region: "us-east-2", from: "host" });
  });

  it("falls back to the credential scope, signing for a service the lab does not model", () => {
    const got = inferEndpoint(
      request("GET / HTTP/1.1\nHost: example.amazonaws.com\nAuthorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host, Signature=x\n\n"),
    );
    assert.deepEqual(got, { service: "sts", region: "us-east-1", signingName: "service", from: "credential" });
  });

  it("takes a form Action on an unknown host as STS", () => {
    const got = inferEndpoint(request("POST / HTTP/1.1\nHost: localhost\n\nAction=GetCallerIdentity&Version=2011-06-15"));
    assert.deepEqual(got, { service: "sts", region: "us-east-1", from: "action" });
  });

  it("lets the options win", () => {
    const got = inferEndpoint(request("GET / HTTP/1.1\nHost: sts.amazonaws.com\n\n"), { service: "iam", region: "us-west-2" });
    assert.deepEqual(got, { service: "iam", region: "us-west-2", from: "option" });
  });

  it("finds SQS on JSON from its target and SQS on the query protocol from its Version", () => {
    const json = inferEndpoint(request("POST / HTTP/1.1\nHost: 127.0.0.1:4599\nX-Amz-Target: AmazonSQS.ListQueues\n\n{}"));
    assert.deepEqual(json, { service: "sqs", region: "us-east-1", from: "x-amz-target" });
    const query = inferEndpoint(request("POST / HTTP/1.1\nHost: localhost\n\nAction=ListQueues&Version=2012-11-05"));
    assert.deepEqual(query, { service: "sqs-query", region: "us-east-1", from: "action" });
  });

  it("reads services the old table did not know from the host: Secrets Manager, an execute-api stage URL, IoT data", () => {
    const host = (h: string) => inferEndpoint(request(`GET / HTTP/1.1\nHost: ${h}\n\n`));
    assert.deepEqual(host("secretsmanager.ap-south-1.amazonaws.com"), { service: "secretsmanager", region: "ap-south-1", from: "host" });
    assert.equal(host("abc123.execute-api.us-east-1.amazonaws.com").region, "us-east-1");
    assert.equal(host("a1b2c3-ats.data-ats.iot.eu-west-1.amazonaws.com").service, "iot-data");
  });

  it("tells services sharing an API version apart by the scope's service name", () => {
    const auth = (service: string) => `Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/${service}/aws4_request, SignedHeaders=host, Signature=x`;
    const ses = inferEndpoint(request(`POST / HTTP/1.1\nHost: localhost\n${auth("ses")}\n\nAction=ListIdentities&Version=2010-12-01`));
    const beanstalk = inferEndpoint(request(`POST / HTTP/1.1\nHost: localhost\n${auth("elasticbeanstalk")}\n\nAction=DescribeApplications&Version=2010-12-01`));
    assert.deepEqual([ses.service, beanstalk.service], ["ses", "elasticbeanstalk"]);
  });

  it("takes --service as a registry name, a signing name or an endpoint prefix", () => {
    const req = request("GET / HTTP/1.1\nHost: localhost\n\n");
    assert.equal(inferEndpoint(req, { service: "secretsmanager" }).service, "secretsmanager");
    assert.equal(inferEndpoint(req, { service: "monitoring" }).service, "cloudwatch");
    assert.equal(inferEndpoint(req, { service: "aoss" }).service, "opensearchserverless");
    assert.deepEqual(inferEndpoint(req, { service: "constructor" }), { service: "sts", region: "us-east-1", signingName: "constructor", from: "option" });
  });

  it("falls back to the scope's service name when nothing else names one", () => {
    const got = inferEndpoint(
      request("POST / HTTP/1.1\nHost: 127.0.0.1\nAuthorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/logs/aws4_request, SignedHeaders=host, Signature=x\n\n{}"),
    );
    assert.deepEqual(got, { service: "logs", region: "us-east-1", from: "credential" });
  });
});
