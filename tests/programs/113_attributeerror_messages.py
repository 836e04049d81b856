# AttributeError messages on built-in types.
values = [1, 1.5, "s", [1], (1,), {"a": 1}, {1}, None, True, b"b", range(2), len]
for v in values:
    try:
        v.no_such_attribute
    except AttributeError as e:
        print(e)
try:
    "x".upper = 5
except AttributeError as e:
    print(e)
try:
    [].append.x = 1
except AttributeError as e:
    print(e)
print(getattr(str, "upper")("abc"), hasattr(str, "lower"), hasattr("x", "nope"))
print(getattr([], "missing", "fallback"))
try:
    getattr(5, "real_typo")
except AttributeError as e:
    print(e)
