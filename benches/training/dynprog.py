# Classic dynamic programming: edit distance, LCS with reconstruction, 0/1 knapsack and coin change.
# Exercises 2D lists, lru_cache recursion, string slicing, zip/enumerate and min/max with keys.
import random
from functools import lru_cache


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[-1]


def lcs(a, b):
    n, m = len(a), len(b)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, nxt = table[i], table[i + 1]
        for j in range(m - 1, -1, -1):
            if a[i] == b[j]:
                row[j] = nxt[j + 1] + 1
            else:
                row[j] = max(nxt[j], row[j + 1])
    out = []
    i = j = 0
    while i < n and j < m:
        if a[i] == b[j]:
            out.append(a[i])
            i += 1
            j += 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)


def knapsack(items, capacity):
    best = [0] * (capacity + 1)
    for weight, value in items:
        for c in range(capacity, weight - 1, -1):
            cand = best[c - weight] + value
            if cand < 0:
                raise ValueError(cand)  # pgo: never reached
            if cand > best[c]:
                best[c] = cand
    return best[capacity]


def coin_ways(coins, amount):
    @lru_cache(maxsize=None)
    def ways(i, remaining):
        if remaining == 0:
            return 1
        if i == len(coins) or remaining < 0:
            return 0
        return ways(i, remaining - coins[i]) + ways(i + 1, remaining)
    return ways(0, amount)


def longest_increasing(seq):
    import bisect
    tails = []
    for x in seq:
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)


def main():
    rng = random.Random(2024)
    alphabet = "ACGT"
    strands = ["".join(rng.choice(alphabet) for _ in range(260)) for _ in range(8)]
    dists = [edit_distance(strands[i], strands[i + 1]) for i in range(len(strands) - 1)]
    common = lcs(strands[0], strands[1])
    items = [(rng.randint(3, 40), rng.randint(10, 100)) for _ in range(150)]
    print("edit distances:", dists)
    print("lcs:", len(common), common[:24])
    print("knapsack:", knapsack(items, 1500))
    print("coin ways:", coin_ways((1, 2, 5, 10, 20, 50, 100, 200), 300))
    print("lis:", longest_increasing([rng.randint(0, 10000) for _ in range(5000)]))


if __name__ == "__main__":
    main()
