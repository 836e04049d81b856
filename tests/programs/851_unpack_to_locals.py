# Unpacking assignments to locals: tuples, lists, swaps, rotations, the same name twice,
# unpacking in for loops, wrong lengths, and unpacking into a mix of locals and attributes.


class Box:
    pass


def main():
    a, b, c = (1, 2, 3)
    print(a, b, c)
    x, y = [10, 20]
    x, y = y, x
    print(x, y)
    p, q, r = "pqr"
    print(p, q, r)
    a, b, c = c, a, b
    print(a, b, c)
    a, a = 1, 2
    print(a)
    total = 0
    for k, v in [(1, 2), (3, 4), (5, 6)]:
        total += k * v
    print(total)
    for k, v in {"a": 1, "b": 2}.items():
        print(k, v)
    box = Box()
    box.first, second = 7, 8
    print(box.first, second)
    items = [1, 2]
    first, items[0] = items
    print(first, items)
    try:
        a, b = (1, 2, 3)
    except ValueError as e:
        print(e)
    try:
        a, b, c = [1]
    except ValueError as e:
        print(e)
    try:
        a, b = 5
    except TypeError as e:
        print(e)
    m, n = n2 = (4, 5)
    print(m, n, n2)
    head, *rest = (1, 2, 3)
    print(head, rest)


main()
