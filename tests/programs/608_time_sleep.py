# sleep: lower bounds on the time slept, argument checking.
import time

for secs in [0, 0.001, 0.02, 0.05]:
    start = time.perf_counter()
    result = time.sleep(secs)
    elapsed = time.perf_counter() - start
    print(secs, result, elapsed >= secs)

start = time.monotonic_ns()
time.sleep(0.03)
print(time.monotonic_ns() - start >= 30_000_000)
start = time.time()
time.sleep(1 / 50)
print(time.time() - start > 0.015)


def attempt(label, *args):
    try:
        print(label, time.sleep(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("negative", -1)
attempt("negative float", -0.5)
attempt("nan", float("nan"))
attempt("str", "1")
attempt("none", None)
attempt("no args")
attempt("two args", 1, 2)
attempt("huge", 1e300)
attempt("huge int", 2**40)
attempt("true", False)
