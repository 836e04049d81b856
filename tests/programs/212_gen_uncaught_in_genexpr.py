# Ends with an uncaught exception raised inside a generator expression consumed by sum().
prices = {"apple": 3, "pear": 4}
order = ["apple", "pear", "plum"]
print(sum(prices[item] for item in order[:2]))
total = sum(prices[item]
            for item in order)
print(total)
