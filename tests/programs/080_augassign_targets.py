# Augmented assignment evaluates the target once.
calls = []
def idx(i):
    calls.append(i)
    return i
lst = [1, 2, 3]
lst[idx(1)] += 10
print(lst, calls)
d = {"a": [1]}
d["a"] += [2]
print(d)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
s = {1}
s |= {2}
print(s)
v = 5
v <<= 2
v |= 1
print(v)
name = "a"
name += "b" * 2
print(name)
