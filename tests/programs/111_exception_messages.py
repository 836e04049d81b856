# Messages of common built-in exceptions, via str(e) and repr(e).
attempts = [
    lambda: 1 / 0,
    lambda: 5 // 0,
    lambda: 5 % 0,
    lambda: {"a": 1}["b"],
    lambda: {}[(1, 2)],
    lambda: [1, 2][5],
    lambda: (1,)[3],
    lambda: "x"[9],
    lambda: int("12x"),
    lambda: float("y"),
    lambda: 1 + "1",
    lambda: "1" + 1,
    lambda: [] + (),
    lambda: 3 - "a",
    lambda: "a" * 1.5,
    lambda: -"a",
    lambda: undefined_thing,
    lambda: (1).foo,
    lambda: "s".bar,
    lambda: None.x,
    lambda: [].nope(),
    lambda: len(42),
    lambda: iter(5),
    lambda: hash([]),
    lambda: {}.fromkeys(1),
    lambda: chr(-1),
    lambda: [1, 2].index(3),
]
for attempt in attempts:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, "|", str(e), "|", repr(e))
