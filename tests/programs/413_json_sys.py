# json dumps/loads (indent, separators, sort_keys, ensure_ascii, default, errors) and sys.version_info/platform.
import json, sys
data = {"name": "pyglass", "version": [0, 1], "ok": True, "none": None, "pi": 3.14159, "nested": {"a": [1, {"b": "c"}]}, "u": "é✓😀\n\t\"q\""}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
print(json.dumps([1, 2.0, 1e20, -0.5], separators=(",", ":")), json.dumps("x"), json.dumps(None), json.dumps({1: "a", True: "b"}))
back = json.loads(s)
print(back == data, back["u"], type(back["pi"]).__name__, json.loads("[1, -2.5e3, true, null, \"\\u00e9\\ud83d\\ude00\"]"))
print(json.loads('{"a": {"b": [1, 2, {"c": false}]}}'), json.loads("  42  "), json.loads('"text"'))
for bad in ['{"a" 1}', "[1, 2", "{'a': 1}", "[1] x", "", '"abc']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
print(json.dumps({"s": {1, 2}}, default=sorted), sys.version_info >= (3, 8), sys.version_info.major, sys.platform)
