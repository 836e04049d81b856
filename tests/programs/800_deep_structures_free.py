# Freeing very deeply nested structures (built in loops, no recursion) must not crash.
N = 200_000


class Node:
    pass


def chain_of(make):
    x = None
    for _ in range(N):
        x = make(x)
    return x


for label, make in [
    ("list", lambda x: [x]),
    ("tuple", lambda x: (x, 0)),
    ("dict", lambda x: {"next": x}),
    ("cell", lambda x: (lambda: x)),
    ("default", lambda x: (lambda y=x: y)),
    ("iterator", lambda x: iter([x])),
]:
    head = chain_of(make)
    del head
    print(label, "freed")

head = None
for i in range(N):
    node = Node()
    node.next = head
    node.value = i
    head = node
print("walk", head.value, head.next.value)
del head, node
print("instances freed")

gen = iter(range(3))
for _ in range(N // 4):
    gen = (x * 1 for x in gen)
del gen
print("generators freed")

err = None
for i in range(N):
    e = KeyError(i)
    e.__context__ = err
    err = e
print("context chain", err.args, err.__context__.args)
del err, e
print("exceptions freed")

# Replacing the head one level at a time frees as it goes.
x = [[[[[]]]]]
while x:
    x = x[0]
print("unwound", x)
