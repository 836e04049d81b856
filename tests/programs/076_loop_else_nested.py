# Nested loops with else clauses and flags.
matrix = [[1, 2, 3], [4, 99, 6], [7, 8, 9]]
for r, row in enumerate(matrix):
    for c, val in enumerate(row):
        if val == 99:
            print("found 99 at", r, c)
            break
    else:
        print("row", r, "clean")
        continue
    print("stopping outer loop")
    break
pairs = []
for a in range(1, 5):
    for b in range(a, 5):
        if (a + b) % 3 == 0:
            pairs.append((a, b))
print(pairs)
count = 0
i = 0
while i < 3:
    j = 0
    while j < 3:
        if j == i:
            j += 1
            continue
        count += 1
        j += 1
    i += 1
print("count", count)
