# Ends with an uncaught exception: AttributeError on a list method typo.
items = [3, 1, 2]
items.sort()
print(items)
items.push(4)
