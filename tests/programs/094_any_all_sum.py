# any, all, sum.
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]))
print(any([x > 3 for x in [1, 2, 5]]), all([x > 0 for x in [1, 2, -1]]))
print(any("abc"), all(""), all([[]]))
checked = []
def check(x):
    checked.append(x)
    return x > 2
print(any(map(check, [1, 3, 5])), checked)
checked.clear()
print(all(map(check, [3, 1, 5])), checked)
print(sum([]), sum([1, 2, 3]), sum([1.5, 2.5]), sum(range(10), 100), sum([[1], [2]], []))
print(sum([0.1] * 3), sum([x * x for x in range(5)]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(sum([True, True, False]), sum([], start=5))
