// The real JS SDK v3 S3 client against the lab's region answers: a request handler hands each request the SDK built
// and signed to answerRequest (nothing leaves the process), for the region its Host names. Expected texts: the S3
// bodies from raw AWS captures (resolveS3Redirect.ts); what the SDK does with them is the SDK's own behaviour.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { GetObjectCommand, HeadObjectCommand, S3Client, type S3ClientConfig } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { answerRequest, createDefaultWorld, inferEndpoint } from "../../../../src/lab/index.ts";
import type { LabRequest } from "../../../../src/lab/index.ts";

const PERMANENT = "The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.";
const CREDENTIALS = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
const EU = "sigfix-example-eu";

interface Seen { host: string; scopeRegion: string; status: number; body: string }
interface SmithyRequest { method: string; hostname: string; path: string; query?: Record<string, string | string[] | null>; headers: Record<string, string>; body?: unknown }

const encode = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function toTarget(path: string, query: SmithyRequest["query"] = {}): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(query)) {
    for (const one of Array.isArray(v) ? v : [v]) parts.push(one === null ? encode(k) : `${encode(k)}=${encode(one)}`);
  }
  return parts.length > 0 ? `${path}?${parts.join("&")}` : path;
}

function answer(lab: LabRequest, seen: Seen[]) {
  const endpoint = inferEndpoint(lab);
  const now = new Date();
  const result = answerRequest(lab, { service: endpoint.service, region: endpoint.region, mode: "aws" }, createDefaultWorld(now), `${seen.length}`);
  const auth = lab.headers.find((h) => h.name.toLowerCase() === "authorization")?.value ?? "";
  const credential = /Credential=([^,\s]+)/.exec(auth)?.[1] ?? decodeURIComponent(/X-Amz-Credential=([^&]+)/.exec(lab.target)?.[1] ?? "");
  const host = lab.headers.find((h) => h.name.toLowerCase() === "host")?.value ?? "";
  seen.push({ host, scopeRegion: credential.split("/")[2] ?? "", status: result.response.status, body: result.response.body });
  return result.response;
}

/** An S3 client whose requests the lab answers in-process. */
function labClient(config: S3ClientConfig, seen: Seen[]): S3Client {
  const requestHandler = {
    handle: async (request: SmithyRequest) => {
      const headers = Object.entries(request.headers).map(([name, value]) => ({ name, value }));
      if (!headers.some((h) => h.name.toLowerCase() === "host")) headers.unshift({ name: "host", value: request.hostname });
      const lab: LabRequest = { method: request.method, target: toTarget(request.path, request.query), httpVersion: "HTTP/1.1", headers, body: new Uint8Array() };
      const response = answer(lab, seen);
      return {
        response: {
          statusCode: response.status,
          reason: response.statusText,
          headers: Object.fromEntries(response.headers.map(([n, v]) => [n.toLowerCase(), v])),
          body: Readable.from([Buffer.from(request.method === "HEAD" ? "" : response.body)]),
        },
      };
    },
  };
  return new S3Client({ credentials: CREDENTIALS, maxAttempts: 1, ...config, requestHandler: requestHandler as never });
}

async function failure(promise: Promise<unknown>): Promise<{ name: string; message: string; status?: number }> {
  try {
    await promise;
  } catch (e) {
    const err = e as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { name: err.name, message: err.message, status: err.$metadata?.httpStatusCode };
  }
  return { name: "ok", message: "" };
}

describe("JS SDK v3 S3Client against the lab's region answers", () => {
  it("signs for us-east-1 and sends to the us-east-1 name: the lab's 301 PermanentRedirect is thrown as is by default", async () => {
    const seen: Seen[] = [];
    const err = await failure(labClient({ region: "us-east-1" }, seen).send(new GetObjectCommand({ Bucket: EU, Key: "k" })));
    assert.equal(seen[0]!.host, "sigfix-example-eu.s3.us-east-1.amazonaws.com");
    assert.match(seen[0]!.body, /<Code>PermanentRedirect<\/Code><Message>[^<]*<\/Message><Endpoint>sigfix-example-eu\.s3-eu-west-1\.amazonaws\.com<\/Endpoint><Bucket>sigfix-example-eu<\/Bucket><RequestId>/);
    assert.deepEqual(err, { name: "PermanentRedirect", message: PERMANENT, status: 301 });
    assert.equal(seen.length, 1);
  });

  it("with followRegionRedirects, re-signs for the x-amz-bucket-region and succeeds at eu-west-1", async () => {
    const seen: Seen[] = [];
    const out = await labClient({ region: "us-east-1", followRegionRedirects: true }, seen).send(new GetObjectCommand({ Bucket: EU, Key: "k" }));
    assert.equal(out.$metadata.httpStatusCode, 200);
    assert.deepEqual(seen.map((s) => [s.host, s.scopeRegion, s.status]), [
      ["sigfix-example-eu.s3.us-east-1.amazonaws.com", "us-east-1", 301],
      ["sigfix-example-eu.s3.eu-west-1.amazonaws.com", "eu-west-1", 200],
    ]);
  });

  it("HeadObject: the body-less 301 becomes a bare Unknown error, with only the status to go on", async () => {
    const seen: Seen[] = [];
    const err = await failure(labClient({ region: "us-east-1" }, seen).send(new HeadObjectCommand({ Bucket: EU, Key: "k" })));
    assert.equal(seen[0]!.status, 301);
    assert.equal(seen[0]!.body, "", "HEAD answers carry no body");
    assert.deepEqual(err, { name: "Unknown", message: "UnknownError", status: 301 });
  });

  it("HeadObject with a wrong secret: a body-less 403, the same bare error", async () => {
    const seen: Seen[] = [];
    const client = labClient({ region: "eu-west-1", credentials: { ...CREDENTIALS, secretAccessKey: `wrong${CREDENTIALS.secretAccessKey.slice(5)}` } }, seen);
    const err = await failure(client.send(new HeadObjectCommand({ Bucket: EU, Key: "k" })));
    assert.equal(seen[0]!.status, 403);
    assert.deepEqual(err, { name: "Unknown", message: "UnknownError", status: 403 });
  });

  it("signed for us-east-1 at the bucket's own endpoint: AuthorizationHeaderMalformed, which followRegionRedirects does not follow", async () => {
    const seen: Seen[] = [];
    const client = labClient({ region: "us-east-1", endpoint: "https://s3.eu-west-1.amazonaws.com", forcePathStyle: true, followRegionRedirects: true }, seen);
    const err = await failure(client.send(new GetObjectCommand({ Bucket: EU, Key: "k" })));
    assert.deepEqual(err, { name: "AuthorizationHeaderMalformed", message: "The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'eu-west-1'", status: 400 });
    assert.equal(seen.length, 1);
  });

  it("a URL presigned for us-east-1 answers the 301 to whoever opens it", async () => {
    const seen: Seen[] = [];
    const url = new URL(await getSignedUrl(labClient({ region: "us-east-1" }, seen), new GetObjectCommand({ Bucket: EU, Key: "k" }), { expiresIn: 900 }));
    const lab: LabRequest = { method: "GET", target: url.pathname + url.search, httpVersion: "HTTP/1.1", headers: [{ name: "Host", value: url.host }], body: new Uint8Array() };
    const response = answer(lab, seen);
    assert.equal(response.status, 301);
    assert.match(response.body, /<Code>PermanentRedirect<\/Code>/);
  });
});
