def count(n):
    counts = {}
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    for i in range(n):
        w = words[(i * 31) % 8] + str(i % 13)
        counts[w] = counts.get(w, 0) + 1
    return len(counts), max(counts.values()), sorted(counts)[:3]


print(count(300000))
