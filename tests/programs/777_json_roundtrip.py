# JSON round trips of nested data: dumps options, loads, custom default hooks, error messages.
import json

config = {
    "name": "pipeline",
    "version": 3,
    "enabled": True,
    "ratio": 0.75,
    "owner": None,
    "stages": [
        {"id": "fetch", "retries": 3, "timeout": 12.5, "tags": ["net", "io"]},
        {"id": "parse", "retries": 0, "timeout": 1e-3, "tags": []},
        {"id": "store", "retries": 1, "timeout": 30, "tags": ["db"], "extra": {"pool": [1, 2, 3]}},
    ],
    "unicode": "caf\u00e9 \u2603 \U0001f600",
    "escapes": "tab\tquote\"back\\slash\nnewline",
}

compact = json.dumps(config, separators=(",", ":"))
print(len(compact), compact[:80])
pretty = json.dumps(config, indent=2, sort_keys=True)
print(pretty)
print(json.dumps(config["unicode"]), json.dumps(config["unicode"], ensure_ascii=False))
back = json.loads(pretty)
print(back == config, back["stages"][2]["extra"], type(back["ratio"]).__name__)
print(json.dumps([1, 2.0, -0.0, 1e20, 1.5e-7, 10**20, True, None, "x"]))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}, sort_keys=False))
print(json.dumps((1, (2, 3)), indent="--"))
print(json.dumps({}, indent=4), json.dumps([], indent=4), json.dumps([[]], indent=1))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode(obj):
    if isinstance(obj, Point):
        return {"__point__": [obj.x, obj.y]}
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"cannot encode {type(obj).__name__}")


def decode(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


shapes = {"triangle": [Point(0, 0), Point(4, 0), Point(0, 3)], "labels": {"b", "a", "c"}}
text = json.dumps(shapes, default=encode, sort_keys=True)
print(text)
restored = json.loads(text, object_hook=decode)
print([(p.x, p.y) for p in restored["triangle"]], restored["labels"])
try:
    json.dumps({"when": object()}, default=encode)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"p": Point(1, 2)})
except TypeError as e:
    print("TypeError:", e)

for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "", "nul", '"abc']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:>12}: {e.msg} (line {e.lineno} col {e.colno} pos {e.pos})")
print(json.loads("[1e3, -2, 3.25, \"\\u00e9\\n\", {\"k\": [true, false, null]}]"))
print(json.loads('{"a": 1, "a": 2}'), json.loads(" 42 "), json.loads('"\\ud83d\\ude00"'))
print(json.loads("[1.0, 2]", parse_float=str, parse_int=lambda s: int(s) * 10))
