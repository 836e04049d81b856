# ExceptionGroup and BaseExceptionGroup: construction, attributes, str/repr and checks.

eg = ExceptionGroup("several problems", [ValueError("v"), TypeError("t")])
print(str(eg))
print(repr(eg))
print(eg.message)
print(eg.exceptions)
print(eg.args)
print(type(eg).__name__, isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
print(ExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, Exception))

single = ExceptionGroup("one", (KeyError("k"),))
print(single, "|", repr(single), "|", single.exceptions)

nested = ExceptionGroup("outer", [eg, single, OSError(2, "nope")])
print(nested, len(nested.exceptions))

base = BaseExceptionGroup("all exceptions", [ValueError(1)])
print(type(base).__name__)
base = BaseExceptionGroup("has base", [KeyboardInterrupt(), ValueError(2)])
print(type(base).__name__, isinstance(base, Exception))

bad_arguments = [
    (1, [ValueError()]),
    ("empty", []),
    ("not a sequence", 5),
    ("not a sequence", {ValueError()}),
    ("not exceptions", [ValueError(), "text"]),
    ("base inside", [SystemExit(1)]),
]
for args in bad_arguments:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    ExceptionGroup("only message")
except TypeError as e:
    print("TypeError:", e)

try:
    raise ExceptionGroup("raised", [ZeroDivisionError("z")])
except ExceptionGroup as caught:
    print("plain except caught", caught, caught.exceptions[0].args)
try:
    raise ExceptionGroup("raised", [ZeroDivisionError("z")])
except Exception as caught:
    print("except Exception caught", type(caught).__name__)
