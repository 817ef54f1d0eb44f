import assert from "node:assert/strict";
import { execFile, execFileSync } from "node:child_process";
import { after, before, describe, it } from "node:test";
import { GetObjectCommand } from "@aws-sdk/client-s3";
import { entry } from "./support/catalogue.ts";
import { AKID } from "./support/identities.ts";
import { s3Client, startS3Mock } from "./support/startS3Mock.ts";
import type { RunningS3Mock } from "./support/startS3Mock.ts";

function hasBoto3(): boolean {
  try {
    execFileSync("python3", ["-c", "import boto3"], { stdio: "ignore", timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}
const skip = hasBoto3() ? false : "python3 with boto3 is not installed (pip install boto3)";

/**
 * boto3 signs (with signature_version "s3v4": for an endpoint_url in us-east-1, botocore 1.43 presigns with SigV2
 * otherwise, `AWSAccessKeyId=…&Signature=…`), Python's urllib sends (no `requests`): the script prints one JSON line per step with the status and
 * body S3 answered. The multipart/form-data body of the POST is written out by hand, fields first and the file
 * last, as S3 requires (S3 API reference, "POST Object": "The file or content must be the last field in the form").
 */
const SCRIPT = String.raw`
import json, sys, urllib.request, urllib.error
import boto3
from botocore.config import Config
endpoint, step = sys.argv[1], sys.argv[2]
s3 = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                  aws_access_key_id="${AKID.accessKeyId}", aws_secret_access_key="${AKID.secretAccessKey}",
                  config=Config(signature_version="s3v4", s3={"addressing_style": "path"}))
def send(req):
    try:
        with urllib.request.urlopen(req) as r:
            return {"status": r.status, "body": r.read().decode("utf-8", "replace")}
    except urllib.error.HTTPError as e:
        return {"status": e.code, "body": e.read().decode("utf-8", "replace")}
if step.startswith("put"):
    url = s3.generate_presigned_url("put_object", Params={"Bucket": "sigfix-example", "Key": "boto3/put.txt", "ContentType": "text/plain"}, ExpiresIn=300)
    sent = "text/plain" if step == "put-ok" else "application/octet-stream"
    req = urllib.request.Request(url, data=b"from boto3\n", method="PUT", headers={"Content-Type": sent})
    print(json.dumps({"url": url, **send(req)}))
else:
    post = s3.generate_presigned_post("sigfix-example", "boto3/${"$"}{filename}",
        Fields={"Content-Type": "text/plain"},
        Conditions=[["starts-with", "$key", "boto3/"], {"Content-Type": "text/plain"}, ["content-length-range", 1, 1024]],
        ExpiresIn=300)
    fields = dict(post["fields"])
    if step == "post-broken":
        fields["Content-Type"] = "text/html"
    boundary = "sigfixBoundary7MA4YWxkTrZu0gW"
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="post.txt"\r\nContent-Type: text/plain\r\n\r\n'.encode() + b"posted by boto3\n\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    req = urllib.request.Request(post["url"], data=b"".join(parts), method="POST", headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    print(json.dumps({"fields": post["fields"], **send(req)}))
`;

function python(step: string): Promise<{ status: number; body: string; url?: string; fields?: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    execFile("python3", ["-c", SCRIPT, m.endpoint, step], { timeout: 30_000 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`python3 failed: ${stderr}`));
      resolve(JSON.parse(stdout.trim().split("\n").at(-1)!));
    });
  });
}

const element = (body: string, name: string) => new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(body)?.[1] ?? "";


let m: RunningS3Mock;
before(async () => {
  m = await startS3Mock();
});
after(() => m.close());

async function getText(key: string): Promise<string> {
  const s3 = s3Client(m.endpoint, { requestChecksumCalculation: "WHEN_REQUIRED" });
  try {
    return (await (await s3.send(new GetObjectCommand({ Bucket: "sigfix-example", Key: key }))).Body!.transformToString());
  } finally {
    s3.destroy();
  }
}

describe("boto3 1.43 presigned URLs and POST policies against the mock endpoint", { skip }, () => {
  it("generate_presigned_url('put_object') with a ContentType: a PUT with that type stores the body", async () => {
    const r = await python("put-ok");
    assert.match(r.url!, /X-Amz-SignedHeaders=content-type%3Bhost/, "botocore signs the ContentType it was given");
    assert.equal(r.status, 200, r.body);
    assert.equal(await getText("boto3/put.txt"), "from boto3\n");
  });

  it("the same URL with another Content-Type gets SignatureDoesNotMatch", async () => {
    const r = await python("put-wrong-type");
    const e = entry("s3.SignatureDoesNotMatch");
    assert.deepEqual([r.status, element(r.body, "Code"), element(r.body, "Message")], [e.httpStatus, e.code, e.messageTemplate]);
    assert.match(element(r.body, "CanonicalRequest"), /\ncontent-type:application\/octet-stream\n/);
  });

  it("generate_presigned_post with conditions: the form POST stores the file", async () => {
    const r = await python("post-ok");
    assert.equal(r.status, 204, r.body);
    assert.equal(await getText("boto3/post.txt"), "posted by boto3\n");
  });

  it("the same form with a Content-Type the policy forbids gets S3's policy AccessDenied", async () => {
    const r = await python("post-broken");
    assert.equal(r.status, 403, r.body);
    assert.equal(element(r.body, "Code"), "AccessDenied");
    // The failing condition as S3 prints it, `["eq", "$Content-Type", "…"]` for an object condition: raw AWS body in
    // a public uploadthing bug note (find_string "Policy Condition failed: [\"eq\""); the starts-with form in
    // https://github.com/waynehoover/s3_direct_upload/issues/29 (raw).
    assert.equal(element(r.body, "Message"), 'Invalid according to Policy: Policy Condition failed: ["eq", "$Content-Type", "text/plain"]');
  });
});
