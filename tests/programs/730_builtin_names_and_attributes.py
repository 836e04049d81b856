# Less common built-in exception classes, exit(), str(buffer, encoding), and attributes of
# bound built-in methods; the messages of failed attribute assignment.
import builtins

for name in ["SystemError", "ReferenceError", "BufferError", "Warning", "UserWarning",
             "DeprecationWarning", "PendingDeprecationWarning", "SyntaxWarning",
             "RuntimeWarning", "FutureWarning", "ImportWarning", "UnicodeWarning",
             "BytesWarning", "ResourceWarning", "EncodingWarning", "UnicodeTranslateError"]:
    cls = getattr(builtins, name)
    print(name, [c.__name__ for c in cls.__mro__[1:]])

print(IOError is OSError, EnvironmentError is OSError)
try:
    raise FutureWarning("later", 2)
except Warning as e:
    print(repr(e), e.args)


class Noisy(UserWarning):
    pass


try:
    raise Noisy("x")
except UserWarning as e:
    print(type(e).__name__, isinstance(e, Exception))

for code in [None, 3, "bye"]:
    try:
        exit(code) if code is not None else quit()
    except SystemExit as e:
        print("SystemExit", e.args, e.code)

print(str(b"caf\xc3\xa9", "utf-8"), str(bytearray(b"ab"), encoding="ascii"))
print(str(b"\xff", "ascii", "replace"), str(b"\xff", errors="ignore"))
for args in [(1, "ascii"), ("text", "ascii")]:
    try:
        str(*args)
    except TypeError as e:
        print(e)

method = [3, 1].sort
print(method.__name__, method.__qualname__, method.__self__)
print("".join.__qualname__, {}.get.__name__)

for target, attr in [(5, "real"), (2.5, "imag"), (1j, "imag"), (slice(2), "stop"), ([], "append")]:
    try:
        setattr(target, attr, 0)
    except AttributeError as e:
        print(e)
