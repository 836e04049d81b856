# Error messages from misused builtins.
tests = [
    lambda: len(5),
    lambda: abs("a"),
    lambda: sum(1),
    lambda: max(1),
    lambda: sorted(1),
    lambda: int(None),
    lambda: float([1]),
    lambda: chr(1.5),
    lambda: ord(1),
    lambda: list(1, 2),
    lambda: range("a"),
    lambda: range(1.5),
    lambda: hex(1.5),
    lambda: round(1, 2, 3),
    lambda: divmod(1),
    lambda: isinstance(1),
    lambda: next(5),
    lambda: {}.get(),
    lambda: "a".join(1),
    lambda: [].append(1, 2),
]
for t in tests:
    try:
        t()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
