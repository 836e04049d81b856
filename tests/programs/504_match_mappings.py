# Mapping patterns: the keys must be present; extra keys are allowed; **rest gathers them.
def route(request):
    match request:
        case {"action": "get", "path": path}:
            return f"GET {path}"
        case {"action": "post", "path": path, **extra} if extra:
            return f"POST {path} with {extra}"
        case {"action": "post", "path": path}:
            return f"POST {path}"
        case {"action": action}:
            return f"unknown action {action!r}"
        case {}:
            return "some other mapping"
        case _:
            return "not a mapping"


for r in [
    {"action": "get", "path": "/a"},
    {"action": "get", "path": "/b", "user": "x"},
    {"action": "post", "path": "/c", "body": 1, "user": "y"},
    {"action": "post", "path": "/d"},
    {"action": "delete"},
    {"other": 1},
    {},
    [("action", "get")],
    "action",
]:
    print(route(r))

match {"a": 1, "b": 2, "c": 3}:
    case {"b": b, **rest}:
        print("b", b, "rest", rest)

original = {"x": 1, "y": 2}
match original:
    case {**everything}:
        print(everything, everything is original, everything == original)

match {1: "one", -2: "minus two", None: "none", True: "yes"}:
    case {1: a, -2: b, None: c}:
        print(a, b, c)


class Keys:
    A = "a"
    B = "b"


match {"a": [1, 2], "b": {"c": 3}}:
    case {Keys.A: [x, y], Keys.B: {"c": z}}:
        print("dotted keys", x, y, z)

# A missing key fails even when the value would be None.
match {"k": None}:
    case {"k": None, "j": _}:
        print("j present?")
    case {"k": None}:
        print("k is None")

# Sequences of pairs are not mappings.
match [("a", 1)]:
    case {"a": _}:
        print("mapping?")
    case [("a", v)]:
        print("pair list", v)
