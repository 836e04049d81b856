# Chained comparisons and evaluation order.
def v(n):
    print("eval", n)
    return n
print(1 < 2 < 3, 1 < 2 > 3, 3 > 2 == 2, 1 == 1 == 1, 1 == 1 != 2)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 <= 1 < 2 <= 2 < 3)
x = 5
print(0 < x < 10, 0 < x < 3, x == 5 > 4)
print(1 < 2 in [2, 3], 1 in [1] in [[1]])
print("a" < "b" < "c", [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
print("abc" < "abd", "Z" < "a", "" < "a", "apple" > "app")
print([1, [2, 3]] == [1, [2, 3]], (1, 2) != (1, 2))
print({1: 2} == {1: 2}, {1, 2} == {2, 1}, [1, 2] == (1, 2))
a = b = c = 3
print(a == b == c, a is b is c)
