total = 0
for i in range(10):
    if i % 2:
        continue
    elif i > 6:
        break
    total += i
else:
    total = -1
while total > 0:
    total -= 3
a, *rest = [1, 2, 3]
squares = {n: n * n for n in rest if n}
del a
assert total <= 0, "never"
