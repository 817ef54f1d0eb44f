"""Real botocore (boto3's S3 client) signing what the S3 Content-Type and key-encoding tests need, printed as JSON.

Not a test. Used by contentType.test.ts and keyEncoding.test.ts: `generate_presigned_url` for a PutObject with a
ContentType, and HeadObject for each key given on stdin (a JSON array), captured before it is sent (nothing leaves the
machine). The clock is frozen so the tests know the signing time.
"""
import datetime
import json
import sys
from unittest import mock
from urllib.parse import urlsplit

import boto3
import botocore.auth
from botocore.awsrequest import AWSResponse
from botocore.config import Config

NOW = datetime.datetime(2026, 1, 15, 12, 0, 0, tzinfo=datetime.timezone.utc)


class EmptyBody:
    def stream(self, **_):
        return iter(())

    def read(self, *_):
        return b""


def make_client():
    return boto3.client(
        "s3",
        region_name="us-east-1",
        aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key="wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        config=Config(s3={"addressing_style": "virtual"}, signature_version="s3v4", retries={"max_attempts": 1}),
    )


def head_object(key):
    client = make_client()
    captured = {}

    def before_send(request, **_):
        parts = urlsplit(request.url)
        captured["target"] = parts.path + ("?" + parts.query if parts.query else "")
        captured["headers"] = [["Host", parts.netloc]] + [
            [k, v.decode("utf-8") if isinstance(v, bytes) else v] for k, v in request.headers.items() if k.lower() != "host"
        ]
        return AWSResponse(request.url, 200, {}, EmptyBody())

    client.meta.events.register("before-send.s3.HeadObject", before_send)
    client.head_object(Bucket="sigfix-example", Key=key)
    return {"key": key, "method": "HEAD", **captured}


def presign_put(content_type):
    url = make_client().generate_presigned_url(
        "put_object", Params={"Bucket": "sigfix-example", "Key": "notes.txt", "ContentType": content_type}, ExpiresIn=900
    )
    parts = urlsplit(url)
    return {"host": parts.netloc, "target": parts.path + "?" + parts.query}


with mock.patch.object(botocore.auth, "get_current_datetime", return_value=NOW):
    keys = json.loads(sys.stdin.read() or "[]")
    print(json.dumps({"presignedPut": presign_put("text/plain"), "heads": [head_object(k) for k in keys]}))
