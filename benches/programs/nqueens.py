# N-queens: count all solutions for n = 8 by filtering every permutation of the
# column indices through a generator, written from the benchmark description
# (permutations produced by a hand-written generator, then itertools).

import itertools


def permutations(items):
    # Heap-free recursive generator over all orderings of items.
    n = len(items)
    if n <= 1:
        yield tuple(items)
        return
    for i in range(n):
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield (items[i],) + tail


def n_queens(n, perms):
    cols = range(n)
    return [
        vec for vec in perms(cols)
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols))
    ]


def solve(n):
    a = n_queens(n, lambda c: permutations(list(c)))
    b = n_queens(n, itertools.permutations)
    assert a == b
    return a


solutions = solve(8)
print(len(solutions))
print(solutions[0], solutions[-1])
print(sum(v[0] * 8 + v[7] for v in solutions))
