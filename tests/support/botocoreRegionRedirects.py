"""Real boto3 S3 clients against the lab, for tests/unit/lab/s3/regionBotocore.test.ts.

The clients use AWS's real host names over plain HTTP and reach the test's lab server through an HTTP proxy
(argv[1] is its port), so botocore builds, signs and redirects exactly as it would against AWS, and the lab answers
for the region each host names. Each case uses its own key, so the test can group the requests the server saw.
Prints one JSON array: per case, botocore's outcome ("ok", or the ClientError text it raises).
"""
import json
import sys
import urllib.request

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

PROXY = "http://127.0.0.1:%s" % sys.argv[1]
KEY_ID, SECRET = "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
EU = "sigfix-example-eu"


def client(region, secret=SECRET, endpoint_url=None, signature_version=None, **s3):
    config = Config(proxies={"http": PROXY}, retries={"max_attempts": 1}, s3=s3 or None, signature_version=signature_version)
    return boto3.client("s3", region_name=region, aws_access_key_id=KEY_ID, aws_secret_access_key=secret,
                        use_ssl=False, endpoint_url=endpoint_url, config=config)


def call(fn):
    try:
        fn()
        return "ok"
    except ClientError as e:
        return str(e)


def fetch(url):
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": PROXY}))
    try:
        with opener.open(url) as response:
            return "%d" % response.status
    except urllib.error.HTTPError as e:
        return "%d %s" % (e.code, e.read().decode("utf-8"))


CASES = [
    # botocore sends us-east-1 requests to the global name unless told to use the regional one.
    ("get-regional", lambda k: call(lambda: client("us-east-1", us_east_1_regional_endpoint="regional").get_object(Bucket=EU, Key=k))),
    ("head-regional", lambda k: call(lambda: client("us-east-1", us_east_1_regional_endpoint="regional").head_object(Bucket=EU, Key=k))),
    ("get-global", lambda k: call(lambda: client("us-east-1").get_object(Bucket=EU, Key=k))),
    ("head-global", lambda k: call(lambda: client("us-east-1").head_object(Bucket=EU, Key=k))),
    ("get-path-style", lambda k: call(lambda: client("us-east-1", addressing_style="path").get_object(Bucket=EU, Key=k))),
    ("get-custom-endpoint", lambda k: call(lambda: client("us-east-1", endpoint_url="http://s3.us-east-1.amazonaws.com").get_object(Bucket=EU, Key=k))),
    ("head-custom-endpoint", lambda k: call(lambda: client("us-east-1", endpoint_url="http://s3.us-east-1.amazonaws.com").head_object(Bucket=EU, Key=k))),
    ("head-bucket-endpoint-wrong-region", lambda k: call(lambda: client("us-east-1", endpoint_url="http://s3.eu-west-1.amazonaws.com").head_object(Bucket=EU, Key=k))),
    ("head-wrong-secret", lambda k: call(lambda: client("eu-west-1", secret="wrong" + SECRET[5:]).head_object(Bucket=EU, Key=k))),
    # generate_presigned_url signs SigV2 for the global name unless told s3v4.
    ("presign-sigv2-global", lambda k: fetch(client("us-east-1").generate_presigned_url("get_object", Params={"Bucket": EU, "Key": k}))),
    ("presign-global", lambda k: fetch(client("us-east-1", signature_version="s3v4").generate_presigned_url("get_object", Params={"Bucket": EU, "Key": k}))),
    ("presign-regional", lambda k: fetch(client("us-east-1", signature_version="s3v4", us_east_1_regional_endpoint="regional").generate_presigned_url("get_object", Params={"Bucket": EU, "Key": k}))),
    ("presign-bucket-endpoint", lambda k: fetch(client("us-east-1", signature_version="s3v4", endpoint_url="http://s3.eu-west-1.amazonaws.com").generate_presigned_url("get_object", Params={"Bucket": EU, "Key": k}))),
]

print(json.dumps([{"name": name, "outcome": run(name)} for name, run in CASES]))
