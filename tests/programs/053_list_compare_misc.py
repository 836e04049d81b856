# List comparison, sum/min/max, enumerate and unpacking.
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [1, 2] == [1, 2.0])
print(max([[1, 2], [1, 3], [0, 9]]), min([[1, 2], [1, 3], [0, 9]]))
print(sum([1, 2, 3]), sum([[1], [2]], []), sum([0.5, 0.25], 10))
m = [[1, 2, 3], [4, 5, 6]]
t = [list(r) for r in zip(*m)]
print(t)
flat = [x for row in m for x in row]
print(flat)
stack = []
for i in range(4):
    stack.append(i)
while stack:
    print("pop", stack.pop())
queue = [1, 2, 3]
while queue:
    print("dequeue", queue.pop(0))
print(list(reversed([1, 2, 3])), [1, 2, 3][::-1])
print([1, 2, 3].__len__(), [1, 2] * 0)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
