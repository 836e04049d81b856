# Assignment expressions (walrus).
data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long list", n)
big = [y for x in data if (y := x * 2) > 10]
print(big, y)
i = 0
while (i := i + 1) < 4:
    print("i", i)
print((z := 5) + z)
values = []
line_no = 0
while (chunk := data[line_no:line_no + 2]):
    values.append(sum(chunk))
    line_no += 2
print(values)
def f(v):
    return (w := v + 1) * w
print(f(3))
