def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def longest(limit):
    best, best_n = 0, 1
    for n in range(1, limit):
        s = collatz(n)
        if s > best:
            best, best_n = s, n
    return best_n, best


print(longest(30))
