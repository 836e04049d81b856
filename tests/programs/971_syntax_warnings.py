x = 1
print(x is 1, x is not "a", x is None, x is -1, x is (1, 2))
try:
    5[0]
except TypeError as e:
    print(e)
try:
    (1, 2)(3)
except TypeError as e:
    print(e)
try:
    "ab"["x"]
except TypeError as e:
    print(e)
try:
    [1, 2]["a"]
except TypeError as e:
    print(e)
assert (x, "always")
exec("1 is 1")
exec("2 is 1")
compile("None[0]", "<s>", "exec")
print(eval(bytearray(b"1 + 1")), eval(memoryview(b"2 * 3")))
for src in [b"\xa1", b"x = 1 # \xa1", b"'ab\xa1'", b"1+'\xc0a'", b"'\xf0\xe0\xed\xe8'", b"# coding: latin-1\n'\xa1'"]:
    try:
        print(repr(exec(src)))
    except SyntaxError as e:
        print("SE", e.msg, e.lineno)
def f():
    return {1}[0] if x else f"a"()
