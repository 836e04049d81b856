# Python code run from inside built-in code (sort keys, __len__, __eq__, generators
# consumed by built-ins), so that the profiler's runs cross nested run loops.
class Box:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __eq__(self, other):
        return isinstance(other, Box) and self.items == other.items


def key(x):
    return -x if x % 2 else x


def count(n):
    for i in range(n):
        yield i * i


boxes = [Box(list(range(i))) for i in range(40)]
total = 0
for b in boxes:
    total += len(b)
    if Box([1, 2]) in boxes:
        total += 1
print(total, sorted(range(50), key=key)[:5])
print(sum(count(100)), list(zip(count(5), count(7))), max(count(30), key=key))


# Unpacking into locals: the VM stores the items itself, and the stores join the run.
def pairs(items):
    total = 0
    for k, v in items:
        a, b, c = [v, k, 1]
        total += a - b + c
    try:
        a, b = items[0] + (1,)
    except ValueError:
        total += 1
    return total


print(pairs([(i, i * 2) for i in range(50)]))


# Pairs the run loop runs as one (a comparison or `is` and its jump, FOR_ITER and the STORE_FAST
# of its item, two LOAD_FASTs, a LOAD_FAST and an attribute): each instruction still
# counts, observed or not.
def fused(n, box):
    hits = 0
    for i in range(n):
        if i < n // 2:
            hits += i
        if box is not None and i % 3 == 0:
            hits += 1
        for x in [i, n]:
            hits += x if x > i else len(box.items)
    return hits


print(fused(30, Box([1, 2, 3])))
