# map, filter, zip.
print(list(map(str, [1, 2, 3])), list(map(abs, [-1, 2, -3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(pow, [2, 3], [3, 2])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, "", "a", [], [0]])))
print(list(zip("abc", range(3))), list(zip([1, 2, 3], "xy")), list(zip()))
print(list(zip(*[(1, "a"), (2, "b")])))
names = ["a", "b", "c"]
ages = [30, 25, 35]
print(dict(zip(names, ages)))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip([1, 2], [3, 4])
print(type(m).__name__, type(z).__name__, type(filter(None, [])).__name__)
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(sum(map(len, ["ab", "cde", ""])))
