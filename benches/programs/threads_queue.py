# Producer/consumer: two producers and two consumers pass 20,000 items over a bounded queue.
import queue
import threading

q = queue.Queue(maxsize=100)
totals = []
lock = threading.Lock()

def produce(start):
    for i in range(start, start + 10000):
        q.put(i)

def consume():
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item
    with lock:
        totals.append(total)

consumers = [threading.Thread(target=consume) for _ in range(2)]
producers = [threading.Thread(target=produce, args=(k * 10000,)) for k in range(2)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(sum(totals))
