# Unpacking a tuple or list into local names (the VM stores the items straight into the
# locals when STORE_FASTs follow): order, repeated names, frees, errors and mixed targets.


def repeated():
    a, a = (1, 2)
    b, c, b = [3, 4, 5]
    return a, b, c


def swap_through_a_tuple():
    x, y = 1, 2
    pair = (y, x)
    x, y = pair
    return x, y


def source_is_a_target():
    t = (10, 20)
    t, u = t
    return t, u


def pairs():
    total = 0
    for k, v in [(1, 2), (3, 4), (5, 6)]:
        total += k * v
    for k, v in {"a": 1, "b": 2}.items():
        total += v
    return total


def gen(name):
    try:
        yield name
    finally:
        print("closed", name)


def frees_a_generator():
    g = gen("first")
    next(g)
    g, other = (None, 1)
    print("after the unpack", g, other)
    h = gen("second")
    next(h)
    h, k = [None, 2]
    print("after the list unpack", h, k)


def mixed_targets():
    cell = 0

    def read():
        return cell

    cell, local = (7, 8)
    obj = type("O", (), {})()
    obj.attr, local2 = (9, 10)
    items = [0, 0]
    items[0], items[1] = (11, 12)
    return read(), local, obj.attr, local2, items


def wrong_lengths():
    for value in [(1, 2, 3), [1], "ab", (1,)]:
        try:
            a, b = value
            print("unpacked", a, b)
        except ValueError as e:
            print("ValueError:", e)
    try:
        a, b = 5
    except TypeError as e:
        print("TypeError:", e)


def list_changed_in_between():
    data = [1, 2]
    a, b = data
    data.append(3)
    try:
        a, b = data
    except ValueError as e:
        print("ValueError:", e)
    return a, b


print(repeated())
print(swap_through_a_tuple())
print(source_is_a_target())
print(pairs())
frees_a_generator()
print(mixed_targets())
wrong_lengths()
print(list_changed_in_between())
