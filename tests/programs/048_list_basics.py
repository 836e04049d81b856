# List creation, indexing, repr, nesting.
a = [1, 2, 3]
print(a, len(a), a[0], a[-1], a[1:], type(a))
print([], [[]], [[], [1, [2, [3]]]], [None, True, 1.5, "s"])
b = list(range(5))
print(b, b[::2], b[::-1], b[1:4], b[-2:])
b[0] = 100
b[-1] = -1
print(b)
nested = [[1, 2], [3, 4]]
nested[1][0] = 30
print(nested, nested[1][1], len(nested))
print(a + [4, 5], a * 2, [0] * 3, 2 * [[]])
print(1 in a, 4 in a, 4 not in a)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
bad = [[0] * 3] * 2
bad[0][1] = 5
print(bad)
print(list("hey"), list((1, 2)), list(range(3)), list({1: "a", 2: "b"}))
try:
    a[10]
except IndexError as e:
    print("IndexError:", e)
try:
    a[3] = 0
except IndexError as e:
    print("IndexError:", e)
