# global/nonlocal, walrus, star-unpacking in every position, and stable sorting by keys.
counter = 0


def bump(by=1):
    global counter
    counter += by
    return counter


def make_accumulator():
    total = 0

    def add(x):
        nonlocal total
        total += x
        return total

    return add


acc = make_accumulator()
print([bump() for _ in range(3)], bump(10), [acc(x) for x in (5, 10, 20)])

data = [3, 8, 1, 9, 4, 7]
if (n := len(data)) > 5:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10], y)

first, *middle, last = data
print(first, middle, last)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
print([*data[:2], *"ab", *range(2)], {**{"x": 1}, "y": 2, **dict(z=3)}, {*data[:3], *"a"} == {3, 8, 1, "a"})


def f(*args, **kwargs):
    return args, kwargs


print(f(*[1, 2], 3, *(4,), k=1, **{"m": 2}))

people = [("bob", 25, "nyc"), ("amy", 31, "sf"), ("cal", 25, "la"), ("dee", 31, "nyc"), ("eve", 22, "sf")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[2], -p[1])))
by_city = sorted(people, key=lambda p: p[2])
print(sorted(by_city, key=lambda p: p[1], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
