# Ends with an uncaught exception: AttributeError on a list method typo.
items = [3, 1, 2]
items.sort()
print(items)
items.append(4)
print(items)
try:
    items.add(5)
except AttributeError as e:
    print("caught:", e)
items.push(4)
