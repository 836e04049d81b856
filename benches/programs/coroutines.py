# Coroutines: generator-based coroutines driven by send(), written from the
# benchmark description: a chain of forwarding coroutines, a running averager,
# a tokenizer/parser pair and a round-robin scheduler of cooperating tasks.
# Prints the results.


def coroutine(func):
    def start(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return start


@coroutine
def sink(results):
    while True:
        results.append((yield))


@coroutine
def relay(target, k):
    while True:
        value = yield
        target.send(value + k)


@coroutine
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


@coroutine
def tokenizer(target):
    word = []
    while True:
        ch = yield
        if ch.isalnum():
            word.append(ch)
        else:
            if word:
                target.send("".join(word))
                word = []
            if ch != " ":
                target.send(ch)


@coroutine
def counter(counts):
    while True:
        token = yield
        counts[token] = counts.get(token, 0) + 1


def task(name, steps, log):
    received = 0
    for i in range(steps):
        got = yield (name, i)
        if got is not None:
            received += got
    log.append((name, received))
    return received


def scheduler(tasks):
    queue = [(t, None) for t in tasks]
    ticks = 0
    results = []
    while queue:
        t, value = queue.pop(0)
        try:
            name, i = t.send(value)
        except StopIteration as stop:
            results.append(stop.value)
            continue
        ticks += 1
        queue.append((t, i * 2 + len(name)))
    return ticks, results


def main():
    results = []
    target = sink(results)
    for k in range(40):
        target = relay(target, k)
    for i in range(10000):
        target.send(i)
    print(len(results), sum(results))

    avg = averager()
    last = None
    for i in range(150000):
        last = avg.send(i % 97)
    print("%.6f" % last)

    counts = {}
    tok = tokenizer(counter(counts))
    text = "the quick brown fox (jumps) over the lazy dog, then the dog sleeps; " * 1200
    for ch in text:
        tok.send(ch)
    print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])

    log = []
    ticks, finished = scheduler([task("t%d" % i, 200 + 37 * i, log) for i in range(80)])
    print(ticks, sum(finished), log[:3])


main()
