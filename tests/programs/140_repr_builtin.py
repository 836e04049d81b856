# repr() of built-in values.
values = [0, -1, 2 ** 70, 1.0, -0.5, 1e300, "text", "it's", 'q"q', [1, "a"], (1,), (), {"a": [1]}, {1, 2},
          frozenset({3}), set(), None, True, b"b\x00", range(1, 5, 2), slice(1, None), ..., NotImplemented,
          [[], {}], {"nested": {"k": (1, 2.5, None)}}, int, str, ValueError("v"), KeyError("k")]
for v in values:
    print(repr(v))
print(repr(repr("x")), str(repr(1.5)))
print(ascii("ü"), ascii(["é", 1]))
print(str([1.0, "a", None]), str(("x",)), str({"k": "v"}))
print(repr([1, [2, [3, [4]]]]), repr({1: {2: {3: {}}}}))
print(repr(-0.0), repr(1e16), repr(1e-5), repr(float("inf")), repr(float("nan")))
print(repr((1, "two", 3.0, [4], {5: 6}, None, False)))
