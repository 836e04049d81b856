# slice objects.
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None, None, -1), slice(1, 2))
data = list(range(10))
print(data[s], "abcdefghij"[s], tuple(data)[s])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
rev = slice(None, None, -1)
print(data[rev], "hello"[rev])
data[slice(0, 3)] = ["a", "b", "c"]
print(data)
del data[slice(None, None, 2)]
print(data)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
first_three = slice(3)
print("python"[first_three], [9, 8, 7, 6][first_three])
