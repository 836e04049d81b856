# for loops with break, continue, else, nesting.
for i in range(3):
    print("i", i)
for ch in "hi":
    print(ch)
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in []:
    print("unreachable")
else:
    print("empty for-else")
total = 0
for i in range(1, 4):
    for j in range(1, 4):
        if j > i:
            break
        total += i * j
print("total", total)
for i in range(3):
    pass
print("loop var after loop", i)
for k, v in [("a", 1), ("b", 2)]:
    print(k * v)
for i in range(5, 0, -2):
    print(i, end=" ")
print()
