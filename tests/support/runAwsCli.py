"""Runs AWS CLI commands in one Python process through the CLI's own entry point (awscli.clidriver). Commands with
the same environment share one driver (one botocore session, as one `aws` process has); a new environment gets a
fresh driver, so it reads its own credentials. Saves a Python start-up and a model load per command in tests.

stdin: JSON list of {"args": [...], "env": {...}}; stdout: JSON list of {"code", "stdout", "stderr"}.
"""
import contextlib
import io
import json
import os
import sys

from awscli.clidriver import create_clidriver

jobs = json.load(sys.stdin)
# awscli sets AWS_DATA_PATH to its own data on import; every other AWS_ variable comes from the job.
base = {k: v for k, v in os.environ.items() if not k.startswith("AWS_") or k == "AWS_DATA_PATH"}
results = []
drivers = {}
for job in jobs:
    os.environ.clear()
    os.environ.update(base)
    os.environ.update(job["env"])
    key = json.dumps(job["env"], sort_keys=True)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            if key not in drivers:
                drivers[key] = create_clidriver()
            code = drivers[key].main(job["args"])
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else 1
    results.append({"code": code, "stdout": out.getvalue(), "stderr": err.getvalue()})
sys.__stdout__.write(json.dumps(results))
