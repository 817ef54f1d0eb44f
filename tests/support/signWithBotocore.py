"""Signs a fixed set of requests with botocore, the signer inside boto3 and the AWS CLI, and prints them as JSON.

Used by tests/conformance/botocoreSigned.test.ts: a second implementation, in another language, that nobody here wrote.
The clock is frozen so the test knows the signing time. Reads nothing; prints one JSON array on stdout.
"""
import datetime
import json
from unittest import mock
from urllib.parse import urlsplit

import botocore.auth
from botocore.auth import S3SigV4Auth, S3SigV4QueryAuth, SigV4Auth, SigV4QueryAuth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

NOW = datetime.datetime(2026, 3, 1, 12, 0, 0, tzinfo=datetime.timezone.utc)
LONG_TERM = Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
TEMPORARY = Credentials(
    "ASIASIGFIXVALID00001", "sigfixValidTemporarySecretKeyEXAMPLE0001", "sigfix-valid-session-token-EXAMPLE"
)

CASES = [
    ("dynamodb ListTables", "dynamodb", SigV4Auth, LONG_TERM, "POST", "https://dynamodb.us-east-1.amazonaws.com/",
     {"X-Amz-Target": "DynamoDB_20120810.ListTables", "Content-Type": "application/x-amz-json-1.0"}, None, "{}"),
    ("dynamodb ListTables, session token", "dynamodb", SigV4Auth, TEMPORARY, "POST",
     "https://dynamodb.us-east-1.amazonaws.com/",
     {"X-Amz-Target": "DynamoDB_20120810.ListTables", "Content-Type": "application/x-amz-json-1.0"}, None, '{"Limit": 5}'),
    ("sts GetCallerIdentity", "sts", SigV4Auth, LONG_TERM, "POST", "https://sts.us-east-1.amazonaws.com/",
     {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}, None,
     "Action=GetCallerIdentity&Version=2011-06-15"),
    ("sts GetCallerIdentity presigned", "sts", SigV4QueryAuth, TEMPORARY, "GET", "https://sts.us-east-1.amazonaws.com/",
     {}, {"Action": "GetCallerIdentity", "Version": "2011-06-15"}, None),
    ("lambda ListFunctions with a query", "lambda", SigV4Auth, LONG_TERM, "GET",
     "https://lambda.us-east-1.amazonaws.com/2015-03-31/functions/", {}, {"MaxItems": "10", "Marker": "a b+c/d"}, None),
    ("s3 GetObject, a key with spaces and unicode", "s3", S3SigV4Auth, LONG_TERM, "GET",
     "https://sigfix-example.s3.us-east-1.amazonaws.com/notes/h%C3%A9llo%20w%C3%B6rld%20%28v2%29.txt", {}, None, None),
    ("s3 PutObject with a body", "s3", S3SigV4Auth, TEMPORARY, "PUT",
     "https://sigfix-example.s3.us-east-1.amazonaws.com/a/b.txt", {"Content-Type": "text/plain"}, None, "hello, world\n"),
    ("s3 ListObjectsV2 with a prefix", "s3", S3SigV4Auth, LONG_TERM, "GET",
     "https://sigfix-example.s3.us-east-1.amazonaws.com/", {}, {"list-type": "2", "prefix": "a b/", "max-keys": "5"}, None),
    ("s3 GetObject presigned", "s3", S3SigV4QueryAuth, LONG_TERM, "GET",
     "https://sigfix-example.s3.us-east-1.amazonaws.com/report%202026.csv", {}, None, None),
]


def sign(name, service, auth_class, credentials, method, url, headers, params, body):
    request = AWSRequest(method=method, url=url, headers=dict(headers), params=params or {}, data=body or b"")
    if auth_class in (SigV4QueryAuth, S3SigV4QueryAuth):
        auth_class(credentials, service, "us-east-1", expires=3600).add_auth(request)
    else:
        auth_class(credentials, service, "us-east-1").add_auth(request)
    prepared = request.prepare()
    parts = urlsplit(prepared.url)
    target = parts.path + ("?" + parts.query if parts.query else "")
    wire_headers = [["Host", parts.netloc]] + [[k, v] for k, v in prepared.headers.items() if k.lower() != "host"]
    data = prepared.body or b""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return {
        "name": name,
        "service": service,
        "accessKeyId": credentials.access_key,
        "method": method,
        "target": target,
        "headers": wire_headers,
        "body": data.decode("utf-8"),
    }


with mock.patch.object(botocore.auth, "get_current_datetime", return_value=NOW):
    print(json.dumps([sign(*case) for case in CASES]))
