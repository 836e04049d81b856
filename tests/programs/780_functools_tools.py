# functools in practice: reduce, partial, wraps in a decorator with arguments, total_ordering, cmp_to_key.
import functools
from functools import reduce, partial, wraps, total_ordering, cmp_to_key

print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + [b * 2], [1, 2, 3], []))
try:
    reduce(max, [])
except TypeError as e:
    print("TypeError:", e)
print(reduce(max, [], "empty"))

int2 = partial(int, base=2)
hexify = partial("{:#x}".format)
print(int2("101101"), hexify(255), int2.func is int, int2.args, int2.keywords)
power = partial(pow, 2)
print([power(n) for n in range(6)], partial(power, 10)())


def retry(times, exceptions=(ValueError,)):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, attempt=attempt, **kwargs)
                except exceptions as e:
                    print(f"  attempt {attempt} of {fn.__name__} failed: {e}")
            return None
        wrapper.times = times
        return wrapper
    return deco


@retry(3)
def flaky(threshold, attempt):
    """Succeeds once attempt reaches threshold."""
    if attempt < threshold:
        raise ValueError(f"{attempt} < {threshold}")
    return f"ok on {attempt}"


print(flaky(2))
print(flaky(5))
print(flaky.__name__, flaky.__doc__, flaky.times, flaky.__wrapped__.__name__)


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.10.0", "1.2", "1.2.0", "0.9.9", "1.10"]]
print(sorted(vs), max(vs), Version("2.0") >= Version("1.99"), Version("1.0") <= Version("1.0"))
print(Version("1.2") > Version("1.10"), Version("3") != Version("3"))


def by_length_then_reverse_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


names = ["bob", "alice", "eve", "dan", "carol", "al"]
print(sorted(names, key=cmp_to_key(by_length_then_reverse_alpha)))
print(min(names, key=cmp_to_key(by_length_then_reverse_alpha)))
print(hasattr(functools, "singledispatch"), callable(functools.cache))


@functools.singledispatch
def describe(obj):
    return f"object {obj!r}"


@describe.register(int)
def _(obj):
    return f"int {obj:+d}"


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f"{type(obj).__name__} of {len(obj)}: " + ", ".join(describe(x) for x in obj)


describe.register(float, lambda obj: f"float {obj:.2f}")
print(describe(5), describe(2.5), describe("s"), describe(True), describe([1, (2.0, None)]))
print(describe.dispatch(bool).__name__, describe.dispatch(dict) is describe.registry[object], describe.__name__)


@functools.cache
def stairs(n):
    return 1 if n <= 1 else stairs(n - 1) + stairs(n - 2)


print(stairs(40), stairs.cache_info().currsize)
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(str.strip, str.upper, partial(str.replace, old="L", new="1") if False else str.title)("  hello world "))
print(compose(abs, str, len)(-12345))
