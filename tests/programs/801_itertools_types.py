# itertools' iterators are types: names, reprs, argument errors, laziness, shared state.
import itertools
import operator
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress,
                       count, cycle, dropwhile, filterfalse, groupby, islice, pairwise,
                       permutations, product, repeat, starmap, takewhile, tee, zip_longest)


def attempt(label, make):
    try:
        result = make()
    except Exception as exc:
        print(f"{label}: {type(exc).__name__}: {exc}")
    else:
        print(f"{label}: {result!r}")


for name in ["count", "cycle", "repeat", "accumulate", "chain", "compress", "dropwhile",
             "takewhile", "groupby", "islice", "starmap", "zip_longest", "product",
             "permutations", "combinations", "combinations_with_replacement", "pairwise",
             "filterfalse"]:
    cls = getattr(itertools, name)
    print(cls, cls.__name__, cls.__qualname__, cls.__module__, type(cls).__name__)
print(tee.__name__, tee.__module__)

# Reprs of the iterators that have one, as they advance.
c = count(5)
print(repr(c), next(c), next(c), repr(c))
print(repr(count()), repr(count(2, 3)), repr(count(1.5)), repr(count(1, 0.5)), repr(count(5, -1)))
print(repr(count(1, 1.0)), repr(count(2.0, 1)), repr(count(True)), repr(count(2 ** 70)), repr(count(1j)))
print(list(islice(count(2 ** 63 - 2), 3)), list(islice(count(0.5, 0.25), 3)))
r = repeat("ab", 3)
print(repr(r), next(r), repr(r), list(r), repr(r))
print(repr(repeat(None)), repr(repeat(1, -4)), repr(repeat(object="x", times=2)), list(repeat(7, times=True)))
print(operator.length_hint(repeat(1, 4)), operator.length_hint(repeat(1), 9))

# Argument errors, with CPython's messages.
attempt("count('a')", lambda: count("a"))
attempt("count(1, 'a')", lambda: count(1, "a"))
attempt("count(1, 2, 3)", lambda: count(1, 2, 3))
attempt("count(x=1)", lambda: count(x=1))
attempt("count(1, start=1)", lambda: count(1, start=1))
attempt("repeat()", lambda: repeat())
attempt("repeat(1, 'a')", lambda: repeat(1, "a"))
attempt("repeat(1, 2.0)", lambda: repeat(1, 2.0))
attempt("repeat(1, 2, 3)", lambda: repeat(1, 2, 3))
attempt("cycle()", lambda: cycle())
attempt("cycle(1)", lambda: cycle(1))
attempt("cycle([1], [2])", lambda: cycle([1], [2]))
attempt("cycle(iterable=[1])", lambda: cycle(iterable=[1]))
attempt("chain(a=1)", lambda: chain(a=1))
attempt("list(chain([1], 2))", lambda: list(chain([1], 2)))
attempt("chain.from_iterable(1)", lambda: chain.from_iterable(1))
attempt("chain.from_iterable()", lambda: chain.from_iterable())
attempt("compress([1])", lambda: compress([1]))
attempt("compress(1, [])", lambda: compress(1, []))
attempt("takewhile(len)", lambda: takewhile(len))
attempt("dropwhile(len, [], 1)", lambda: dropwhile(len, [], 1))
attempt("filterfalse(None, 1)", lambda: filterfalse(None, 1))
attempt("starmap(pow, [1])", lambda: list(starmap(pow, [1])))
attempt("islice([1])", lambda: islice([1]))
attempt("islice([1], 1, 2, 3, 4)", lambda: islice([1], 1, 2, 3, 4))
attempt("islice([1], -1)", lambda: islice([1], -1))
attempt("islice([1], 'a')", lambda: islice([1], "a"))
attempt("islice([1], -2, 3)", lambda: islice([1], -2, 3))
attempt("islice([1], 1, 2, 0)", lambda: islice([1], 1, 2, 0))
attempt("islice([1], stop=1)", lambda: islice([1], stop=1))
attempt("islice(1, 2)", lambda: islice(1, 2))
attempt("tee()", lambda: tee())
attempt("tee([1], -1)", lambda: tee([1], -1))
attempt("tee([1], n=2)", lambda: tee([1], n=2))
attempt("tee([1], 0)", lambda: tee([1], 0))
attempt("zip_longest(1)", lambda: zip_longest(1))
attempt("zip_longest([1], foo=1)", lambda: zip_longest([1], foo=1))
attempt("product([1], repeat=-1)", lambda: product([1], repeat=-1))
attempt("product([1], foo=1)", lambda: product([1], foo=1))
attempt("permutations([1], -1)", lambda: permutations([1], -1))
attempt("permutations([1], 'a')", lambda: permutations([1], "a"))
attempt("permutations()", lambda: permutations())
attempt("combinations([1])", lambda: combinations([1]))
attempt("combinations([1], -1)", lambda: combinations([1], -1))
attempt("combinations_with_replacement([1], 2, 3)", lambda: combinations_with_replacement([1], 2, 3))
attempt("pairwise()", lambda: pairwise())
attempt("groupby()", lambda: groupby())
attempt("groupby([1], len, 3)", lambda: groupby([1], len, 3))
attempt("accumulate([1], None, 3)", lambda: accumulate([1], None, 3))
attempt("accumulate([1, 'a'])", lambda: list(accumulate([1, "a"])))

# Results.
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(accumulate([], initial=5)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(chain("ab", [1], ())), list(chain.from_iterable(["xy", "z"])))
print(list(compress("abcdef", [1, 0, 1, 0, 1])), list(dropwhile(lambda x: x < 3, [1, 4, 1, 5])))
print(list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(filterfalse(None, [0, 1, "", "a"])))
print(list(islice("abcdefg", 2, None, 2)), list(islice(range(10), None)), list(islice("abc", 0)))
print(list(starmap(pow, [(2, 3), [3, 2]])), list(pairwise("abcd")), list(pairwise("a")))
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest()))
print(list(product("ab", repeat=2)), list(product()), list(product([1], [])))
print(list(permutations("abc", 2)), list(permutations([1, 2], 5)), list(permutations([])))
print(list(combinations("abcd", 3)), list(combinations([], 0)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("ab", 2)), list(combinations_with_replacement([], 1)))
cy = cycle("ab")
print([next(cy) for _ in range(5)], list(cycle([])))

# Laziness: chain checks its arguments only when it reaches them; islice reads no more than
# it must, leaving the rest of the iterator to the caller.
ch = chain([1], 2)
print(next(ch))
attempt("next(chain([1], 2))", lambda: next(ch))
it = iter(range(10))
print(list(islice(it, 2, 6, 3)), list(it))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter("abcde")
print(list(takewhile(lambda ch: ch < "c", it)), list(it))
sl = islice([1, 2], 5)
print(list(sl), list(sl))


# A noisy iterator shows when items are read.
class Noisy:
    def __init__(self, items):
        self.items = list(items)

    def __iter__(self):
        return self

    def __next__(self):
        if not self.items:
            print("  (exhausted)")
            raise StopIteration
        item = self.items.pop(0)
        print("  read", item)
        return item


pw = pairwise(Noisy([1, 2, 3]))
print("pairwise made")
print(next(pw))
print(list(pw), list(pw))
zl = zip_longest(Noisy("ab"), Noisy("x"))
print(list(zl), list(zl))

# groupby: groups share the underlying iterator; advancing invalidates the previous group.
for key, group in groupby("aaabccaa"):
    print(key, list(group))
print([(k, len(list(g))) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda n: n % 2)])
groups = groupby("aabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2), type(g1).__name__)
groups = groupby("xxy")
k, g = next(groups)
print(next(g), [k for k, _ in groups], list(g))
print(list(groupby([])))

# tee: independent iterators over one shared buffer.
a, b = tee(Noisy([1, 2, 3]))
print(next(a), next(a))
print(list(b), list(a))
t = tee([1, 2], 3)
print(type(t).__name__, len(t), [list(x) for x in t], type(t[0]).__name__)
x, y = tee(iter([5, 6]))
z = x.__copy__()
print(list(x), list(z), list(y))
first, = tee("ab", 1)
u, v = tee(first)
print(u is first, list(u), list(v))

# Types: isinstance, subclasses.
print(isinstance(count(), count), isinstance(chain(), chain), type(chain.from_iterable([])).__name__)


class Countdown(count):
    def __next__(self):
        return -super().__next__()


class Words(chain):
    pass


print(list(islice(Countdown(3), 3)), list(Words("ab", "c")), Words.__mro__[1].__name__)
print(iter(c) is c, type(iter(repeat(1))).__name__)

# Messages name the types as CPython's C types are named.
attempt("count()(1)", lambda: count()(1))
attempt("len(repeat(1, 5))", lambda: len(repeat(1, 5)))
attempt("chain().x", lambda: chain().x)
attempt("hash(groupby([]))", lambda: type(hash(groupby([]))).__name__)
