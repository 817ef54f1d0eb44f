"""botocore's own INI reading (configloader.raw_config_parse) on each file named in argv[1] (a JSON list).
Prints a JSON list: {"ok": true, "sections": {...}} or {"ok": false} when botocore raises ConfigParseError."""
import json
import sys

from botocore.configloader import raw_config_parse
from botocore.exceptions import ConfigParseError

out = []
for path in json.load(open(sys.argv[1])):
    try:
        out.append({"ok": True, "sections": raw_config_parse(path)})
    except ConfigParseError:
        out.append({"ok": False})
json.dump(out, sys.stdout)
