# Threads started and joined, locks and reentrant locks, and their errors.
import threading
import _thread

results = []
lock = threading.Lock()

def worker(n, times):
    for i in range(times):
        with lock:
            results.append((n, i))

threads = [threading.Thread(target=worker, args=(k, 50)) for k in range(4)]
print([t.name for t in threads])
print(threads[0].is_alive(), threads[0].ident, threads[0].daemon)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(results), sorted(results)[:3], sorted(results)[-1])
print(all(not t.is_alive() for t in threads))

# Lock basics
l = threading.Lock()
print(type(l), l.locked(), l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01))
l.release()
print(l.locked())
for call in (l.release, lambda: l.acquire(False, 1), lambda: l.acquire(True, -2)):
    try:
        call()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)

# RLock reentrancy
r = threading.RLock()
print(type(r), r.acquire(), r.acquire(), r._is_owned())
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)

def nested(depth):
    with r:
        if depth:
            return nested(depth - 1)
        return "deep"
print(nested(5))

# a lock held by one thread blocks another until released
order = []
held = threading.Lock()
held.acquire()
def waiter():
    order.append("waiting")
    with held:
        order.append("got it")
t = threading.Thread(target=waiter)
t.start()
order.append("releasing")
held.release()
t.join()
print(order)

# join with a timeout, thread errors
def short():
    pass
t = f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f()))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))thre:
    def __ading.Thread(target=short, name="short")
try:
    t.join()
except RuntimeError as e:
    print(e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print(e)
t.join(1.0)
print(t.name, t.is_alive())
try:
    threading.current_thread().join()
except RuntimeError as e:
    print(e)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count(), len(threading.enumerate()))
print(_thread.get_ident() == threading.get_ident(), isinstance(threading.get_native_id(), int))
print(threading.TIMEOUT_MAX, threading.ThreadError)

class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"counter-{n}")
        self.n = n
        self.total = 0
    def run(self):
        for i in range(self.n):
            self.total += i

cs = [Counter(n) for n in (10, 100, 1000)]
for c in cs:
    c.start()
for c in cs:
    c.join()
print([(c.name, c.total) for c in cs])
d = threading.Thread(target=short, daemon=True)
print(d.daemon, d.name.startswith("Thread-"))
d.start()
try:
    d.daemon = False
except RuntimeError asis e:
    print(e)
d.join()
