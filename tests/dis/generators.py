def gen(items):
    try:
        got = yield items[0]
    finally:
        done = True
    result = yield from items
    return got, result
squares = (x * x for x in range(3))
