"""Producer and consumer with a queue: threads that block on get() and put(), shown as
blocked in the Threads pane, and a sentinel that ends the consumers."""

import queue
import threading

jobs = queue.Queue(maxsize=3)
results = []
results_lock = threading.Lock()
DONE = None


def producer(count):
    for n in range(count):
        jobs.put(n)
    for _ in range(2):
        jobs.put(DONE)


def consumer(name):
    while True:
        job = jobs.get()
        if job is DONE:
            break
        with results_lock:
            results.append((name, job * job))


workers = [threading.Thread(target=consumer, args=(f"consumer-{i}",), name=f"consumer-{i}") for i in range(2)]
for w in workers:
    w.start()
producer_thread = threading.Thread(target=producer, args=(12,), name="producer")
producer_thread.start()
producer_thread.join()
for w in workers:
    w.join()
print("squares:", sorted(square for _, square in results))
