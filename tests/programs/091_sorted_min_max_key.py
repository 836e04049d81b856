# sorted/min/max with key functions and defaults.
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(sorted(words, key=lambda w: w[-1]), sorted(words, key=len, reverse=True))
print(max([], default="empty"), min([], default=None), max([3], default=0))
print(max(1, 5, 3), min("b", "a", "c"), max([2, 8], [3, 1]))
records = [{"n": "a", "s": 3}, {"n": "b", "s": 9}, {"n": "c", "s": 9}, {"n": "d", "s": 1}]
print(max(records, key=lambda r: r["s"])["n"], min(records, key=lambda r: r["s"])["n"])
print([r["n"] for r in sorted(records, key=lambda r: r["s"], reverse=True)])
print(max("hello world".split(), key=lambda w: w.count("o")))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
print(sorted({3: "c", 1: "a", 2: "b"}.items(), key=lambda kv: kv[1], reverse=True))
print(max(range(10), key=lambda x: (x % 3, -x)))
