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
    time.sleep(0.5)
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
gate2 = threading.Event()
t = threading.Thread(target=gate2.wait, args=(5,), name="timed")
t.start()
timed = _thread._states()[-1]
print(timed["name"], timed["state"], 4.5 < timed["wakes_at"] - time.monotonic() <= 5)
gate2.set()
t.join()
main = _thread._states()[0]
print(main["instructions"] > 0, main["switches"] > 0)
