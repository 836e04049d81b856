def divide(a, b):
    return a / b


def average(values):
    return divide(sum(values), len(values))


print(average([4, 6]))
print(average([]))
