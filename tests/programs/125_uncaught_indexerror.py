# Ends with an uncaught exception: IndexError in a loop.
items = [10, 20, 30]
print(items[0], items[-1], items[1:])
try:
    items[3]
except IndexError:
    print("caught once")
i = 0
while True:
    print(items[i])
    i += 1
