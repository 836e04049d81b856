# Generators: deep pipelines of generators (sources, maps, filters, windows,
# a recursive tree walk and yield from), written from the benchmark
# description. Prints checksums of what comes out of the pipelines.


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def scale(items, k):
    for x in items:
        yield x * k


def offset(items, d):
    for x in items:
        yield x + d


def keep(items, pred):
    for x in items:
        if pred(x):
            yield x


def pairs(items):
    it = iter(items)
    for a in it:
        for b in it:
            yield a, b
            break


def running_sum(items):
    total = 0
    for x in items:
        total += x
        yield total


def chain(*sources):
    for s in sources:
        yield from s


def pipeline(n, depth):
    g = numbers(n)
    for level in range(depth):
        g = offset(scale(g, 3), level) if level % 2 == 0 else keep(g, lambda x: x % 5 != 0)
    return g


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid), mid, build(mid + 1, hi))


def main():
    total = 0
    for x in pipeline(100000, 12):
        total = (total + x) % 1000000007
    print(total)
    acc = 0
    for a, b in pairs(running_sum(chain(numbers(10000), scale(numbers(10000), 2)))):
        acc = (acc * 7 + a - b) % 1000003
    print(acc)
    tree = build(0, 2 ** 14)
    walked = 0
    for _ in range(3):
        walked += sum(v for v in tree if v & 1)
    print(walked)
    print(sum(x for x in (y * y for y in (z + 1 for z in range(60000)))))


main()
