# A return that runs finally bodies which catch exceptions or leave loops; hasattr and
# getattr absorb only AttributeError; compile-time errors for return and walrus misuse.

def resumed(flag):
    try:
        try:
            if flag:
                return "kept"
        finally:
            try:
                raise KeyError("inner")
            except KeyError:
                print("handled inside finally")
            print("after inner try")
    finally:
        print("outer finally")
    return "fell through"


print(resumed(True), resumed(False))


def looped(n):
    for i in range(n):
        try:
            pass
        finally:
            try:
                try:
                    print("pass", i)
                finally:
                    try:
                        1 / 0
                    finally:
                        return "returned"
            finally:
                print("continue from finally")
                continue
    return "loop done"


print(looped(3))


class Picky:
    def __getattr__(self, name):
        if name == "boom":
            raise RuntimeError("not an attribute problem")
        raise AttributeError(name)


p = Picky()
print(hasattr(p, "missing"), getattr(p, "missing", "default"))
for call in (lambda: hasattr(p, "boom"), lambda: getattr(p, "boom", None), lambda: hasattr(p, 3)):
    try:
        call()
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)

for source in [
    "return 1",
    "class K:\n    return 2",
    "[i := 0 for i in range(3)]",
    "[[(j := 1) for i in range(2)] for j in range(2)]",
    "[(a, b) for a, b in [(1, 2)] if (b := 3)]",
]:
    try:
        compile(source, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
print([[(k := i) for i in range(2)] for j in range(1)], k)

print(b"\x01\x02\x03\x04\x05".hex(":"), b"\x01\x02\x03\x04\x05".hex("-", 2), b"\xab\xcd".hex(b" ", -1))
print(bytes.fromhex(" 0a 0b\t0c "), bytearray.fromhex("ff00"))
for text in ("0a0", "0 a", "zz"):
    try:
        bytes.fromhex(text)
    except ValueError as e:
        print("ValueError", e)

from collections import OrderedDict

first = OrderedDict([("a", 1), ("b", 2)])
second = OrderedDict([("b", 2), ("a", 1)])
print(first == second, first == dict(second), dict(first) == second, first != second)
print(0 ** (1 << 80), 1 ** (1 << 80), (-1) ** (1 << 80), (-1) ** ((1 << 80) + 1))
print(0.0 ** float("-inf"), (-0.0) ** float("-inf"))
