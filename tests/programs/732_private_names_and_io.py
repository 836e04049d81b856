# Private name mangling in class bodies; io's base classes, BytesIO; print() writing to an
# object one piece at a time.
import io


class Account:
    __count = 0
    __slots__ = ("__balance", "owner")

    def __init__(self, owner, __start=0):
        self.owner = owner
        self.__balance = __start
        Account.__count += 1

    def __audit(self):
        return f"{self.owner}:{self.__balance}"

    def report(self):
        return self.__audit(), Account.__count, Account._Account__count

    @classmethod
    def count(cls):
        return cls.__count


class Savings(Account):
    __slots__ = ()

    def peek(self):
        try:
            return self.__balance
        except AttributeError as e:
            return f"AttributeError: {e}"


s = Savings("ann", 10)
print(s.report(), Savings.count(), s.peek(), s._Account__balance)
print(sorted(n for n in vars(Account) if n.startswith("_Account") and "balance" not in n))
print(Account._Account__audit.__name__, Account._Account__audit.__qualname__)
print(Account.__init__.__code__.co_varnames)
print(hasattr(s, "__balance"), getattr(s, "_Account__balance"))


def make(**kw):
    return sorted(kw)


class __Hidden:
    __x = 1

    def keyword_names(self):
        return make(__a=1, b=2)

    def locals_too(self):
        __tmp = [__i * 2 for __i in range(3)]
        return __tmp, self.__x

    class __Inner:
        pass

    lam = lambda self, __v: __v + 1


h = __Hidden()
print(h.keyword_names(), h.locals_too(), h.lam(1), __Hidden._Hidden__x)
print(__Hidden._Hidden__Inner.__name__, __Hidden._Hidden__Inner.__qualname__)


class ___:
    __raw = 5


print(___.__raw)


class Recorder(io.IOBase):
    def __init__(self):
        self.pieces = []

    def write(self, text):
        self.pieces.append(text)
        return len(text)


r = Recorder()
print("a", 1, None, sep="-", end="!", file=r)
print(file=r)
print(r.pieces, r.closed, r.readable(), isinstance(r, io.IOBase))
with r:
    pass
print(r.closed)

b = io.BytesIO(b"one\ntwo\n")
print(b.readline(), b.read(2), b.tell(), b.seek(0, 2), b.read(), list(io.BytesIO(b"x\ny")))
b.seek(10)
b.write(b"!")
print(b.getvalue(), len(b.getbuffer()), isinstance(b, io.BufferedIOBase))
buf = bytearray(3)
b.seek(1)
print(b.readinto(buf), buf)
for bad in [lambda: b.seek(-1), lambda: b.write("text")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
b.close()
for closed in [b.getvalue, io.StringIO().close]:
    try:
        closed()
        print("ok")
    except ValueError as e:
        print(e)
t = io.StringIO()
t.close()
try:
    t.read()
except ValueError as e:
    print(e)
print(isinstance(t, io.TextIOBase), repr(t).split(" ")[0])
