import threading

lock = threading.Lock()
done = []


def worker(n):
    with lock:
        done.append(n * 10)


threads = [threading.Thread(target=worker, args=(i,), name=f"w{i}") for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(done))
