# Built-in Python modules: functools, operator, heapq, bisect, itertools, string, copy, contextlib.
import functools, operator, heapq, bisect, itertools, string, copy
from contextlib import contextmanager, suppress
from functools import reduce, partial, wraps, lru_cache


print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
double = partial(operator.mul, 2)
print(double(21), partial(int, base=2)("1010"))


def logged(f):
    @wraps(f)
    def inner(*args, **kwargs):
        return f(*args, **kwargs)
    return inner


@logged
def hello(name):
    """Say hello."""
    return "hello " + name


print(hello("x"), hello.__name__, hello.__doc__, hello.__wrapped__.__name__)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))


@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(len(h))], heapq.nlargest(2, [4, 9, 1, 7]), heapq.nsmallest(2, [4, 9, 1, 7]))
data = [1, 3, 3, 5, 8]
print(bisect.bisect_left(data, 3), bisect.bisect_right(data, 3), bisect.bisect(data, 4))
bisect.insort(data, 4)
print(data)
print(list(itertools.islice(itertools.count(5, 2), 4)), list(itertools.repeat("a", 3)), list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.chain([1, 2], (3,), "ab")), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations_with_replacement([1, 2], 2)))
print([(k, list(g)) for k, g in itertools.groupby("aaabccdd")], list(itertools.zip_longest([1, 2, 3], "ab", fillvalue="-")))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.pairwise("abc")))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.filterfalse(None, [0, 1, 0, 2])))
print(string.ascii_letters, string.digits, string.capwords("hello big world"))
print(operator.itemgetter(1)([1, 2, 3]), operator.itemgetter(0, 2)("abc"), operator.attrgetter("v")(V(7)), operator.methodcaller("upper")("ab"))


@contextmanager
def tag(name):
    print("<" + name + ">")
    yield name
    print("</" + name + ">")


with tag("b") as t:
    print("inside", t)
with suppress(KeyError):
    {}["missing"]
print("suppressed")
a = [[1, 2], {"k": [3]}]
b = copy.deepcopy(a)
b[0].append(9)
c = copy.copy(a)
print(a, b, c[0] is a[0], b[1] == a[1])
print(sorted(range(10), key=operator.neg)[:3], operator.abs(-4))
