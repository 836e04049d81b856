# Ends with the chained traceback of a StopIteration turned into RuntimeError (PEP 479).
def pairs(items):
    it = iter(items)
    while True:
        first = next(it)
        second = next(it)
        yield first, second


print(list(pairs([1, 2, 3, 4])))
p = pairs([1, 2, 3])
print(next(p))
print(next(p))
