# Iterating dicts and dict comprehensions.
prices = {"apple": 3, "pear": 5, "fig": 2}
for k in prices:
    print(k, prices[k])
for k, v in prices.items():
    print(f"{k}={v}")
print(sum(prices.values()), max(prices, key=prices.get), min(prices.items(), key=lambda kv: kv[1]))
squares = {n: n * n for n in range(6)}
print(squares)
even = {k: v for k, v in squares.items() if k % 2 == 0}
print(even)
inverted = {v: k for k, v in prices.items()}
print(inverted)
print(sorted(prices), sorted(prices.items(), key=lambda kv: -kv[1]))
print(dict(sorted(prices.items())))
try:
    for k in prices:
        prices[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(prices))
for k in list(prices):
    if k.endswith("!"):
        del prices[k]
print(prices)
print(list(reversed(prices)), list(reversed(prices.items())))
