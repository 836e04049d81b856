# Condition, Event, Semaphore, BoundedSemaphore, Barrier and Timer.
import threading

cond = threading.Condition()
items = []
def consume(name, log):
    with cond:
        cond.wait_for(lambda: items)
        log.append((name, items.pop(0)))
log = []
ts = [threading.Thread(target=consume, args=(f"c{i}", log)) for i in range(3)]
for t in ts:
    t.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
for t in ts:
    t.join()
print(sorted(x for _, x in log))
with cond:
    print(cond.wait(0.01))
try:
    cond.wait()
except RuntimeError as e:
    print(e)
try:
    cond.notify()
except RuntimeError as e:
    print(e)

# notify_all wakes every waiter
ready = []
go = False
def wait_go(i):
    with cond:
        while not go:
            cond.wait()
        ready.append(i)
ts = [threading.Thread(target=wait_go, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
with cond:
    go = True
    cond.notify_all()
for t in ts:
    t.join()
print(sorted(ready))

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
seen = []
def on_event():
    ev.wait()
    seen.append("event seen")
t = threading.Thread(target=on_event)
t.start()
ev.set()
t.join()
print(seen, ev.is_set(), ev.wait())
ev.clear()
print(ev.is_set())

sem = threading.Semaphore(2)
active = []
peak = []
lock = threading.Lock()
def limited(i):
    with sem:
        with lock:
            active.append(i)
            peak.append(len(active))
        for _ in range(200):
            pass
        with lock:
            active.remove(i)
ts = [threading.Thread(target=limited, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(max(peak) <= 2, len(peak))
print(sem.acquire(False), sem.acquire(False), sem.acquire(False), sem.acquire(timeout=0.01))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print(e)
b = threading.BoundedSemaphore(1)
try:
    b.release()
except ValueError as e:
    print(e)
try:
    sem.release(0)
except ValueError as e:
    print(e)

actions = []
barrier = threading.Barrier(3, action=lambda: actions.append("all arrived"))
indices = []
def meet():
    indices.append(barrier.wait())
ts = [threading.Thread(target=meet) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices), actions, barrier.parties, barrier.n_waiting, barrier.broken)
b2 = threading.Barrier(2)
try:
    b2.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("broken", b2.broken)
b2.reset()
print(b2.broken)

fired = []
t = threading.Timer(0.01, fired.append, args=["fired"])
t.start()
t.join()
c = threading.Timer(10, fired.append, args=["never"])
c.start()
c.cancel()
c.join()
print(fired)
