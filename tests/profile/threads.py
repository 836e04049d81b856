# Two threads share the GIL; the main thread waits in join.
import threading


def count(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total


threads = [threading.Thread(target=count, args=(30000,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
