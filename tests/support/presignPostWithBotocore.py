"""Runs boto3's generate_presigned_post (botocore's S3PostPresigner and S3SigV4PostAuth) for the cases on stdin.

Used by tests/conformance/botocorePresignedPost.test.ts: the policy, its base64 and the signature come from the
SDK, not from the lab. The clock is frozen at the time each case gives. Reads one JSON array on stdin, prints one.
"""
import datetime
import json
import sys
from unittest import mock

import boto3
from botocore.config import Config
import botocore.auth
import botocore.signers

CREDENTIALS = {
    "long-term": ("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None),
    "temporary": ("ASIASIGFIXVALID00001", "sigfixValidTemporarySecretKeyEXAMPLE0001", "sigfix-valid-session-token-EXAMPLE"),
}


def presign(case):
    now = datetime.datetime.fromisoformat(case["now"].replace("Z", "+00:00"))
    key_id, secret, token = CREDENTIALS[case.get("credentials", "long-term")]
    client = boto3.client("s3", region_name=case.get("region", "us-east-1"), aws_access_key_id=key_id,
                          aws_secret_access_key=secret, aws_session_token=token,
                          config=Config(signature_version="s3v4"))
    with mock.patch.object(botocore.auth, "get_current_datetime", return_value=now), \
            mock.patch.object(botocore.signers, "get_current_datetime", return_value=now):
        post = client.generate_presigned_post(case["bucket"], case["key"], Fields=case.get("fields"),
                                              Conditions=case.get("conditions"), ExpiresIn=case.get("expiresIn", 3600))
    return {"name": case["name"], "url": post["url"], "fields": list(post["fields"].items())}


print(json.dumps([presign(case) for case in json.load(sys.stdin)]))
