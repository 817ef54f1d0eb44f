"""Calls AWS operations with botocore and prints what each raised, one JSON object per line.

Reads a JSON list of cases on stdin: {"service", "operation", "endpoint", "region", "accessKeyId",
"secretAccessKey", "sessionToken"?}. For each, prints {"text": str(error), "class": "module.Name", "code",
"message", "status", "requestId", "retryAttempts"} or {"ok": true}. No config files, no retries beyond botocore's
defaults, nothing read from the environment's profiles.
"""
import json
import sys

import botocore.session
from botocore.config import Config
from botocore.exceptions import ClientError

CALLS = {
    "ListTables": lambda c: c.list_tables(),
    "GetCallerIdentity": lambda c: c.get_caller_identity(),
    "ListBuckets": lambda c: c.list_buckets(),
    "ListFunctions": lambda c: c.list_functions(),
}


def run(case):
    session = botocore.session.Session()
    session.set_config_variable("config_file", "/nonexistent/sigfix-config")
    session.set_config_variable("credentials_file", "/nonexistent/sigfix-credentials")
    client = session.create_client(
        case["service"],
        region_name=case["region"],
        endpoint_url=case["endpoint"],
        aws_access_key_id=case["accessKeyId"],
        aws_secret_access_key=case["secretAccessKey"],
        aws_session_token=case.get("sessionToken"),
        config=Config(s3={"addressing_style": "path"}),
    )
    try:
        CALLS[case["operation"]](client)
        return {"ok": True}
    except ClientError as e:
        meta = e.response.get("ResponseMetadata", {})
        return {
            "text": str(e),
            "class": f"{type(e).__module__}.{type(e).__name__}",
            "code": e.response.get("Error", {}).get("Code"),
            "message": e.response.get("Error", {}).get("Message"),
            "status": meta.get("HTTPStatusCode"),
            "requestId": meta.get("RequestId"),
            "retryAttempts": meta.get("RetryAttempts"),
        }


for case in json.load(sys.stdin):
    print(json.dumps(run(case)), flush=True)
