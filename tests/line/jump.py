def square(n):
    result = n * n
    return result


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


total = 0
values = [1, 2, 3]
for v in values:
    total += square(v)
print("total", total)
print("fact", fact(6))
name = input("name? ")
print("hello", name)
