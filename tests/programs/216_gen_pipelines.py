# Generator pipelines: infinite sources, lazy stages, early exits.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def take(n, iterable):
    if n <= 0:
        return
    for i, item in enumerate(iterable, 1):
        yield item
        if i >= n:
            return


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def window(iterable, size):
    buffer = []
    for item in iterable:
        buffer.append(item)
        if len(buffer) > size:
            buffer.pop(0)
        if len(buffer) == size:
            yield tuple(buffer)


def chunked(iterable, size):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


print(list(take(10, fib())))
print(list(take(15, primes())))
print(list(window(take(6, naturals()), 3)))
print(list(chunked(range(10), 4)))
print(sum(take(1000, naturals())))
print(next(p for p in primes() if p > 1000))
evens = (n for n in naturals() if n % 2 == 0)
squares = (n * n for n in evens)
print(list(take(5, squares)))
print(max(take(30, fib())) % 1000003)


def running_max(values):
    best = None
    for v in values:
        if best is None or v > best:
            best = v
        yield best


print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))


def interleave(*iterables):
    iterators = [iter(it) for it in iterables]
    while iterators:
        for it in list(iterators):
            try:
                yield next(it)
            except StopIteration:
                iterators.remove(it)


print(list(interleave("abc", [1, 2], (x for x in "XYZW"))))


# Deep delegation: each level is a frame on the VM's stack while it runs.
def nested(depth):
    if depth == 0:
        yield "bottom"
        return 0
    result = yield from nested(depth - 1)
    return result + 1


n = nested(200)
print(next(n))
try:
    next(n)
except StopIteration as e:
    print("depth", e.value)

# A long-running generator: many resumptions.
total = 0
for value in take(200000, naturals()):
    total += value
print(total)


def tree_walk(tree):
    label, children = tree
    yield label
    for child in children:
        yield from tree_walk(child)


tree = ("a", [("b", [("d", []), ("e", [])]), ("c", [("f", [("g", [])])])])
print("".join(tree_walk(tree)))
