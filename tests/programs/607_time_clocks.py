# The clocks: types, monotonicity and agreement between float and ns forms (never values).
import time

t = time.time()
ns = time.time_ns()
print(type(t).__name__, type(ns).__name__, t > 1.6e9, ns > 1.6e18)
print(abs(ns / 1e9 - t) < 5)

for name in ["monotonic", "perf_counter", "process_time"]:
    f = getattr(time, name)
    f_ns = getattr(time, name + "_ns")
    readings = [f() for _ in range(1000)]
    ns_readings = [f_ns() for _ in range(1000)]
    print(name, type(readings[0]).__name__, type(ns_readings[0]).__name__,
          readings == sorted(readings), ns_readings == sorted(ns_readings), readings[0] >= 0)

# Busy work takes process time and perf_counter time.
p0, c0 = time.process_time(), time.perf_counter()
total = 0
for i in range(300000):
    total += i * i
print(total, time.process_time() >= p0, time.perf_counter() > c0)


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("time arg", time.time, 1)
attempt("monotonic_ns arg", time.monotonic_ns, None)
print(time.__name__, callable(time.perf_counter))
