# Breakpoints on lines that run only sometimes: the last line of an `if` block in a loop, a
# line in a generator suspended while breakpoints change, and a recursive function.
def scan(values):
    total = 0
    for i, v in enumerate(values):
        total += v
        if v % 3 == 0:
            total -= 1
    return total


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


gen = countdown(4)
print(next(gen), scan([1, 2, 3, 4, 5, 6]))
print(list(gen))
print(depth(5))
print(scan(range(8)))
