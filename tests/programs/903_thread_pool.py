# concurrent.futures.ThreadPoolExecutor: map, submit, as_completed, wait, errors, shutdown.
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, ALL_COMPLETED, FIRST_COMPLETED
import concurrent.futures
import threading

def square(x):
    return x * x

with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(square, range(10))))
    print(list(ex.map(pow, [2, 3], [5, 2])))
    futures = {ex.submit(square, i): i for i in range(6)}
    print(sorted((futures[f], f.result()) for f in as_completed(futures)))
    done, not_done = wait(list(futures), return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    failing = ex.submit(lambda: 1 / 0)
    print(type(failing.exception()).__name__, failing.done(), failing.cancelled())
    try:
        failing.result()
    except ZeroDivisionError as e:
        print("result raised:", e)
    called = []
    f = ex.submit(square, 7)
    f.add_done_callback(lambda fut: called.append(fut.result()))
    f.result()
    print(f.result(), f.done(), called)
    d, nd = wait([ex.submit(square, 2)], return_when=FIRST_COMPLETED)
    print(len(d) + len(nd))

try:
    ex.submit(square, 1)
except RuntimeError as e:
    print(e)
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print(e)

names = set()
def record(_):
    names.add(threading.current_thread().name.rsplit("_", 1)[0])
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex:
    list(ex.map(record, range(8)))
print(names)

total = []
lock = threading.Lock()
def add(n):
    with lock:
        total.append(n)
    return n
pool = ThreadPoolExecutor(4)
fs = [pool.submit(add, i) for i in range(20)]
pool.shutdown(wait=True)
print(sum(total), all(f.done() for f in fs))
print(concurrent.futures.CancelledError.__mro__[1].__name__, issubclass(concurrent.futures.TimeoutError, OSError))
