# Thread states as the scheduler sees them, at chosen points.
import threading
import _thread
import time
gate = threading.Event()
lock = threading.Lock()
def waits_on_event():
    gate.wait()
def waits_on_lock():
    with lock:
        pass
def sleeps():
    time.sleep(0.05)
def show(label):
    rows = [(s["name"], s["state"], type(s["waiting_for"]).__name__) for s in _thread._states()]
    print(label, rows)
lock.acquire()
ts = [threading.Thread(target=waits_on_event, name="ev"),
      threading.Thread(target=waits_on_lock, name="lk"),
      threading.Thread(target=sleeps, name="sl")]
for t in ts:
    t.start()
show("started:")
gate.set()
lock.release()
for t in ts:
    t.join()
show("joined:")
main = _thread._states()[0]
print(main["instructions"] > 0, main["switches"] > 0)
