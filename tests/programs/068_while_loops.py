# while loops with break, continue and else.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
k = 0
while k < 3:
    k += 1
else:
    print("while-else ran, k =", k)
k = 0
while True:
    k += 1
    if k > 3:
        break
else:
    print("never printed")
print("after break, k =", k)
def find(lst, target):
    i = 0
    while i < len(lst):
        if lst[i] == target:
            print("found at", i)
            break
        i += 1
    else:
        print("not found")
find([4, 5, 6], 5)
find([4, 5, 6], 9)
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
