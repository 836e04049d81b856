# Built-in functions that consume iterators accept generators.
def numbers(n):
    for i in range(n):
        yield i * 3 % 7


def words():
    yield "pear"
    yield "apple"
    yield "fig"


print(list(numbers(6)))
print(tuple(numbers(6)))
print(sorted(numbers(6)))
print(sorted(words(), key=len, reverse=True))
print(sum(numbers(6)), sum(numbers(6), 100))
print(min(numbers(6)), max(numbers(6)), max(words(), key=len))
print(any(x > 5 for x in numbers(6)), all(x > 0 for x in numbers(6)))
print(any(numbers(0)), all(numbers(0)))
print(dict((w, len(w)) for w in words()))
print(set(numbers(10)) == {0, 1, 2, 3, 4, 5, 6}, len(frozenset(words())))
print(list(zip(words(), numbers(10))))
print(list(enumerate(words(), 1)))
print(list(map(str.upper, words())))
print(list(filter(None, numbers(6))))
print(", ".join(words()))
print("-".join(str(n) for n in numbers(5)))
print(list(reversed(list(words()))))
a, b, c = words()
print(a, b, c)
first, *rest = numbers(5)
print(first, rest)
print([*words(), *numbers(2)])
print({*numbers(4)} == set(numbers(4)))
print(divmod(*(x for x in (17, 5))))
print(list(zip(*(range(i, i + 3) for i in range(3)))))
print(len(list(numbers(100))))
print(max((len(w), w) for w in words()))
print(sorted(w[::-1] for w in words()))
print(str(list(x for x in [])), list(iter(words())))
print("in" if 6 in numbers(6) else "out", "pear" in words(), 99 in numbers(3))
d = {}
d.update((w, w[0]) for w in words())
print(d)
L = [0]
L.extend(numbers(4))
L += (x * 10 for x in range(2))
print(L)
print(list(dict.fromkeys(words())))
print(bytes(x + 65 for x in range(5)), bytearray(x for x in range(3)) if False else "skip")
print(" ".join(sorted(set(c for w in words() for c in w))))
