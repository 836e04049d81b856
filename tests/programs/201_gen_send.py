# gen.send(): values sent in become the value of the yield expression.
def echo():
    received = yield "ready"
    while True:
        received = yield "echo: " + str(received)


e = echo()
print(e.send(None))
print(e.send("hello"))
print(e.send(42))
print(next(e))


def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = averager()
next(avg)
for v in [10, 20, 30, 45]:
    print("average", avg.send(v))


# Sending a value into a just-started generator is an error.
try:
    echo().send(5)
except TypeError as err:
    print("TypeError:", err)

# send() after the generator finished raises StopIteration with its return value.
def limited():
    got = yield 1
    return "ended with " + repr(got)


l = limited()
print(next(l))
try:
    l.send("last")
except StopIteration as stop:
    print("stop:", stop.value)
try:
    l.send("more")
except StopIteration as stop:
    print("finished:", repr(stop))

# send() arguments are checked.
g = echo()
try:
    g.send()
except TypeError as err:
    print("TypeError:", err)
try:
    g.send(1, 2)
except TypeError as err:
    print("TypeError:", err)

# A generator-based accumulator driven by a loop of sends.
def collector():
    items = []
    while True:
        item = yield len(items)
        if item is None:
            return items
        items.append(item)


c = collector()
next(c)
for word in "the quick brown fox".split():
    print("count", c.send(word))
try:
    c.send(None)
except StopIteration as stop:
    print("collected", stop.value)

# The bound methods are first-class values.
e2 = echo()
send = e2.send
print(send(None), send(1))
nxt = e2.__next__
print(nxt())
try:
    nxt(1)
except TypeError as err:
    print("TypeError:", err)
print(list(map(echo().send, [None, "a", "b"])))
