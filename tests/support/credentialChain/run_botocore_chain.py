"""Runs real botocore's default credential chain on cases, one after another in this process.

Each case replaces os.environ entirely (HOME is the case's folder) and builds a fresh botocore Session, so
every file is read again. The providers are botocore's own; only the network calls of the deferred providers
are replaced: AssumeRole and AssumeRoleWithWebIdentity return the key the case's stub STS table names (after
reading the web identity token file, as botocore does), and record which credentials called AssumeRole.
Usage: python3 run_botocore_chain.py CASES.json  -> a JSON array of outcomes on stdout.
"""
import json
import os
import sys

import botocore.credentials as credentials
import botocore.session

CASE = {}


def issued(role_arn):
    # A role the case did not plan for (a mangled ARN, say) gets a key naming the ARN botocore sent.
    key = CASE["stsKeys"].get(role_arn, "STS(" + role_arn + ")")
    return {
        "Credentials": {
            "AccessKeyId": key,
            "SecretAccessKey": "stsSecretEXAMPLE",
            "SessionToken": "sts-token-EXAMPLE",
            "Expiration": "2099-01-01T00:00:00Z",
        }
    }


def assume_role(self):
    CASE["sourceKeys"].append(self._source_credentials.get_frozen_credentials().access_key)
    return issued(self._role_arn)


def assume_role_with_web_identity(self):
    self._web_identity_token_loader()
    return issued(self._role_arn)


credentials.AssumeRoleCredentialFetcher._get_credentials = assume_role
credentials.AssumeRoleWithWebIdentityCredentialFetcher._get_credentials = assume_role_with_web_identity


def error_of(exc):
    return {"name": type(exc).__name__, "message": str(exc)}


def run(case):
    CASE.clear()
    CASE.update(case)
    CASE["sourceKeys"] = []
    os.environ.clear()
    os.environ.update(case["env"])
    # SSOProvider computes its cache folder from HOME when botocore is imported; a process started for this
    # case would have this HOME.
    credentials.SSOProvider._SSO_TOKEN_CACHE_DIR = os.path.join(case["dir"], ".aws", "sso", "cache")
    outcome = {"id": case["id"]}
    try:
        session = botocore.session.Session(profile=case.get("explicitProfile"))
    except Exception as exc:
        outcome["error"] = error_of(exc)
        return outcome
    try:
        # A fresh session: botocore caches a half-read config after a ConfigParseError, so the region is read
        # apart from the credentials (as a new process would).
        outcome["region"] = botocore.session.Session(profile=case.get("explicitProfile")).get_config_variable("region")
    except Exception:  # the profile is missing or a file does not parse
        outcome["region"] = None
    try:
        creds = session.get_credentials()
    except Exception as exc:  # the chain stopped
        outcome["error"] = error_of(exc)
        return outcome
    if creds is None:
        outcome["error"] = {"name": "NoCredentialsError", "message": "Unable to locate credentials"}
        return outcome
    outcome["method"] = creds.method
    try:
        outcome["accessKeyId"] = creds.get_frozen_credentials().access_key
    except Exception as exc:  # a deferred provider failed on first use
        outcome["fetchError"] = error_of(exc)
    outcome["sourceKeys"] = CASE["sourceKeys"]
    return outcome


def main():
    with open(sys.argv[1]) as f:
        cases = json.load(f)
    json.dump([run(case) for case in cases], sys.stdout)


if __name__ == "__main__":
    main()
