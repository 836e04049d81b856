# array.array construction from lists, bytes, strings and other arrays; typecode and itemsize.
from array import array, typecodes, ArrayType

print(typecodes, ArrayType is array, array.__name__, array.__module__, type(array("i")))
for code in typecodes:
    a = array(code)
    print(code, a, a.typecode, a.itemsize)
print(array("i", [1, 2, 3]), array("d", [1, 2.5]), array("f", [0.1]), array("u", "héllo"))
print(array("b", range(-3, 3)), array("B", b"\x01\x02"), array("h", b"\x01\x00\x02\x00"))
print(array("d", array("i", [1, 2])), array("q", (x * x for x in range(4))), array("H", {7}))
print(array("i", [True, False]), array("L", [2**64 - 1]), array("q", [-2**63]))
for args in [("z",), (5,), ("ii",), ("i", "abc"), ("i", array("u", "x")), ("u", [1]), ("i", b"abc"), ("i", 5)]:
    try:
        array(*args)
    except Exception as e:
        print(args, type(e).__name__ + ":", e)
try:
    array("i", [1], extra=2)
except TypeError as e:
    print(e)
