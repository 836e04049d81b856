# Calling send and __next__ on generators as methods: values in and out, a fresh
# generator sent a value, an exhausted one, StopIteration values, coroutines.


def echo():
    received = []
    while True:
        value = yield len(received)
        if value == "stop":
            return received
        received.append(value)


g = echo()
print(g.__next__())
print(g.send("a"), g.send("b"))
try:
    g.send("stop")
except StopIteration as stop:
    print("returned", stop.value)
try:
    g.__next__()
except StopIteration as stop:
    print("again", stop.value)

fresh = echo()
try:
    fresh.send(1)
except TypeError as e:
    print(e)


def count(n):
    for i in range(n):
        yield i


c = count(3)
print([c.__next__(), c.__next__(), c.__next__()])
try:
    c.__next__()
except StopIteration:
    print("done")


async def coro():
    return 5


co = coro()
try:
    co.send(None)
except StopIteration as stop:
    print("coroutine gave", stop.value)
