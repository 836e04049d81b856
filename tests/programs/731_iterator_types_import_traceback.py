# map, filter, zip, enumerate and reversed are types (subclassable, usable with isinstance);
# __import__; sys.exc_info()/sys.exception(); the traceback module's formatting.
import sys
import traceback

print(map, filter, zip, enumerate, reversed)
print(isinstance(map(abs, []), map), isinstance(zip(), zip), isinstance(iter([]), zip))
print(type(enumerate("a")) is enumerate, reversed.__mro__)


class Shout(map):
    def __next__(self):
        return super().__next__().upper() + "!"


print(list(Shout(str.strip, [" a ", "b "])))


class Pairs(zip):
    def describe(self):
        return "pairs"


p = Pairs("ab", [1, 2])
print(next(p), p.describe(), list(p), iter(p) is p, isinstance(p, zip))


class Evens(filter):
    pass


print(list(Evens(lambda n: n % 2 == 0, range(7))))


class Counted(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return f"{i}={v}"


print(tuple(Counted("xyz", 5)), sorted(Counted("ba")))
print(list(type("Back", (reversed,), {})([1, 2, 3])))

json = __import__("json")
print(json.dumps({"a": [1, 2]}), __import__("os.path").__name__, __import__("os.path", fromlist=["join"]).__name__)
try:
    __import__("no_such_module_here")
except ModuleNotFoundError as e:
    print(e)

print(sys.exc_info(), sys.exception())


def failing(n):
    return [1, 2][n]


def caller():
    try:
        failing(5)
    except IndexError as e:
        raise RuntimeError("caller failed") from e


try:
    caller()
except RuntimeError as e:
    kind, value, _ = sys.exc_info()
    print(kind.__name__, value is e, sys.exception() is e)
    report = traceback.format_exc().replace(__file__, "<file>")
    print(report, end="")
    parts = traceback.format_exception(e)
    print(len(parts), parts[-1], end="")
    print(traceback.format_exception(e, chain=False)[0], end="")
    print(traceback.format_exception_only(type(e), e))
print(traceback.format_exception_only(KeyError("k")), sys.exc_info()[0])
