def hot(n):
    if n < 0:
        raise ValueError(n)
    return n * 2


def cold():
    return 1


def looping():
    total = 0
    for i in range(3):
        total += hot(i)
    return total


for k in range(4):
    hot(k)
print(looping())
cold()
