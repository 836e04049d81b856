# Tuple-swap based algorithms: bubble sort, reverse in place, rotate, fib pairs.
def bubble(xs):
    xs = list(xs)
    n = len(xs)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swapped = True
        if not swapped:
            break
    return xs
print(bubble([5, 1, 4, 2, 8, 0]), bubble([]), bubble([1]))
def reverse_in_place(xs):
    i, j = 0, len(xs) - 1
    while i < j:
        xs[i], xs[j] = xs[j], xs[i]
        i, j = i + 1, j - 1
    return xs
print(reverse_in_place(list("abcdef")), reverse_in_place([1, 2, 3]))
def rotate(xs, k):
    k %= len(xs)
    return xs[-k:] + xs[:-k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], -1), rotate([1, 2], 4))
a, b = 0, 1
seq = []
for _ in range(12):
    seq.append(a)
    a, b = b, a + b
print(seq)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for i in range(3):
    for j in range(i + 1, 3):
        m[i][j], m[j][i] = m[j][i], m[i][j]
print(m)
