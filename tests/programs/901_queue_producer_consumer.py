# Producer/consumer over queue.Queue, the other queue kinds, timeouts and their errors.
import threading
import queue

q = queue.Queue(maxsize=3)
consumed = []

def producer(start):
    for i in range(start, start + 20):
        q.put(i)

def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        consumed.append(item)
        q.task_done()

consumers = [threading.Thread(target=consumer) for _ in range(2)]
producers = [threading.Thread(target=producer, args=(k * 100,)) for k in range(3)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
q.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(len(consumed), sorted(consumed) == sorted(list(range(20)) + list(range(100, 120)) + list(range(200, 220))))
print(q.qsize(), q.empty(), q.full())


lq = queue.LifoQueue()
pq = queue.PriorityQueue()
sq = queue.SimpleQueue()
for x in [3, 1, 2]:
    lq.put(x)
    pq.put((x, str(x)))
    sq.put(x)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)], [sq.get() for _ in range(3)])

small = queue.Queue(1)
small.put("a")
print(small.full())
for call in (lambda: small.put("b", block=False), lambda: small.put("b", timeout=0.01),
             lambda: queue.Queue().get(block=False), lambda: queue.Queue().get(timeout=0.01),
             lambda: queue.SimpleQueue().get(timeout=0.01), lambda: queue.Queue().get_nowait()):
    try:
        call()
    except (queue.Full, queue.Empty) as e:
        print(type(e).__name__)
try:
    small.put("c", timeout=-1)
except ValueError as e:
    print(e)
try:
    queue.Queue().task_done()
except ValueError as e:
    print(e)

# a blocked get wakes when another thread puts
results = queue.Queue()
def asker():
    results.put(("answer", q2.get()))
q2 = queue.Queue()
t = threading.Thread(target=asker)
t.start()
q2.put(42)
t.join()
print(results.get_nowait())

# pipeline of stages
stage1, stage2 = queue.Queue(), queue.Queue()
def square():
    while (x := stage1.get()) is not None:
        stage2.put(x * x)
    stage2.put(None)
out = []
def collect():
    while (x := stage2.get()) is not None:
        out.append(x)
ts = [threading.Thread(target=square), threading.Thread(target=collect)]
for t in ts:
    t.start()
for i in range(10):
    stage1.put(i)
stage1.put(None)
for t in ts:
    t.join()
print(out)
