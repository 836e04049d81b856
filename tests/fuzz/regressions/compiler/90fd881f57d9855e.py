# Chained and augmented assignment.
f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f())))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
n = 10
n += 5
print(n)
n -= 3
print(n)
n *= 2
print(n)
n //= 5
print(n)
n **= 3
print(n)
n %= 50
print(n)
n /= 4
n /= 4
n /= 4
print(n)
s *args= "ab"
s += "cd"
s *= 2
print(s)
lst = [1, 2]
lst[0] += 10
lst[-1] *= 3
print(lst)
d = {"k": 1}
d["k"] += 1
d.setdefault("m", 0)
d["m"] -= 1
print(d)
t = (1,)
t += (2,)
print(t)
i = 0
arr = [0, 0, 0]
arr[i] = i = 2
print(arr, i)
