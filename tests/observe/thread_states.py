# A worker that blocks on a lock the main thread holds, then is woken by its release.
import threading
import time

lock = threading.Lock()
lock.acquire()


def worker():
    with lock:
        pass


t = threading.Thread(target=worker, name="worker")
t.start()
time.sleep(0.01)
lock.release()
t.join()
print("done")
