# Unpack sequence: assigning a tuple and a list of ten items to ten names, over
# and over, written from the benchmark description (the time goes into
# UNPACK_SEQUENCE and the stores after it). Prints checksums of the names.


def unpack_tuples(loops):
    seq = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    total = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        total += a + j
    return total


def unpack_lists(loops):
    seq = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]
    total = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        total += b + i
    return total


def swaps(loops):
    x, y, z = 1, 2, 3
    for _ in range(loops):
        x, y = y, x
        x, y, z = z, x, y
        x, y, z = y, z, x
    return x * 100 + y * 10 + z


def starred(loops):
    seq = (1, 2, 3, 4, 5, 6)
    total = 0
    for _ in range(loops):
        first, *middle, last = seq
        total += first + len(middle) + last
    return total


def pairs(loops):
    items = [(k, k * 2) for k in range(100)]
    total = 0
    for _ in range(loops // 100):
        for k, v in items:
            total += v - k
    return total


print("tuples", unpack_tuples(200_000))
print("lists", unpack_lists(200_000))
print("swaps", swaps(300_000))
print("starred", starred(100_000))
print("pairs", pairs(300_000))
