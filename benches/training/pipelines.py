# Log-processing pipelines built from generators, itertools and closures over synthetic web-server records.
# Exercises generator functions, itertools (groupby, islice, chain, accumulate, product...), decorators, *args/**kwargs.
import functools
import itertools
import operator
import random
from collections import namedtuple

Record = namedtuple("Record", "ts host method path status size")

HOSTS = [f"10.0.{a}.{b}" for a in range(4) for b in range(1, 9)]
PATHS = ["/", "/index.html", "/api/users", "/api/orders", "/static/app.js", "/static/site.css",
         "/login", "/logout", "/search", "/api/items"]
METHODS = ["GET"] * 8 + ["POST", "PUT", "DELETE"]
CALLS = {}


def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        CALLS[func.__name__] = CALLS.get(func.__name__, 0) + 1
        return func(*args, **kwargs)
    return wrapper


def generate_lines(seed, n):
    rng = random.Random(seed)
    ts = 1_700_000_000
    for _ in range(n):
        ts += rng.randint(0, 3)
        status = rng.choices([200, 304, 404, 500], weights=[80, 10, 8, 2])[0]
        yield f"{ts} {rng.choice(HOSTS)} {rng.choice(METHODS)} {rng.choice(PATHS)} {status} {rng.randint(100, 50000)}"


BAD_LINES = []


@counted
def parse(lines):
    for line in lines:
        try:
            ts, host, method, path, status, size = line.split()
            yield Record(int(ts), host, method, path, int(status), int(size))
        except ValueError as exc:
            BAD_LINES.append(str(exc)[:20])


def corrupt(lines, every=97):
    for i, line in enumerate(lines):
        if i % every == 0:
            yield "x" + line if i % 2 else line.rsplit(" ", 1)[0]
        else:
            yield line


def pairwise_deltas(records):
    it = iter(records)
    prev = next(it)
    deltas = []
    while True:
        try:
            cur = next(it)
        except StopIteration:
            break
        deltas.append(cur.ts - prev.ts)
        prev = cur
    return deltas


def where(**conds):
    def keep(rec):
        return all(getattr(rec, k) == v for k, v in conds.items())
    return keep


def make_window_counter(width):
    window = []

    def push(ts):
        window.append(ts)
        while window and window[0] <= ts - width:
            window.pop(0)
        return len(window)
    return push


def chunked(iterable, size):
    it = iter(iterable)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


def pipeline(*stages):
    def run(source):
        for stage in stages:
            source = stage(source)
        return source
    return run


@counted
def summarize(records, key, value=operator.attrgetter("size"), **options):
    top = options.get("top", 3)
    rows = sorted(records, key=key)
    stats = []
    for k, group in itertools.groupby(rows, key=key):
        vals = [value(r) for r in group]
        stats.append((k, len(vals), sum(vals)))
    stats.sort(key=lambda s: (-s[2], s[0]))
    return stats[:top]


def main():
    records = list(parse(corrupt(generate_lines(17, 30000))))
    deltas = pairwise_deltas(records)
    errors = list(filter(lambda r: r.status >= 400, records))
    gets = list(filter(where(method="GET", status=200), records))
    print("records:", len(records), "errors:", len(errors), "ok gets:", len(gets), "bad:", len(BAD_LINES),
          sorted(set(BAD_LINES)), "max gap:", max(deltas))
    print("top paths:", summarize(records, key=operator.attrgetter("path")))
    print("top hosts by errors:", summarize(errors, operator.attrgetter("host"), value=lambda r: 1, top=2))
    window = make_window_counter(60)
    peak = max(window(r.ts) for r in records)
    cumulative = list(itertools.accumulate((r.size for r in records[:2000]), operator.add))
    batches = [sum(r.size for r in chunk) for chunk in chunked(records, 5000)]
    busiest = pipeline(
        lambda rs: (r for r in rs if r.path.startswith("/api")),
        lambda rs: ((r.method, r.path) for r in rs),
        lambda pairs: itertools.groupby(sorted(pairs)),
        lambda groups: ((k, sum(1 for _ in g)) for k, g in groups),
    )(records)
    busiest = sorted(busiest, key=lambda kv: (-kv[1], kv[0]))[:3]
    pairs = sum(1 for a, b in itertools.combinations(PATHS, 2) if len(a) == len(b))
    grid = sum(x * y for x, y in itertools.product(range(50), repeat=2))
    chained = sum(1 for _ in itertools.chain(errors, gets, itertools.repeat(None, 10)))
    evens = list(itertools.islice(itertools.compress(itertools.count(), itertools.cycle([1, 0])), 5))
    print("peak per minute:", peak, "cumulative:", cumulative[-1], "batches:", batches)
    print("busiest api:", busiest)
    print("misc:", pairs, grid, chained, evens, dict(sorted(CALLS.items())))


if __name__ == "__main__":
    main()
