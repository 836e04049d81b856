# threading.local, excepthook, thread names, sleeping threads and _thread directly.
import threading
import time
import _thread

data = threading.local()
data.value = "main"
seen = {}
def use_local(name):
    data.value = name
    time.sleep(0.001)
    seen[name] = data.value
ts = [threading.Thread(target=use_local, args=(f"t{i}",)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()), data.value)
print(hasattr(threading.local(), "value"))

class Config(threading.local):
    def __init__(self):
        self.level = 1
cfg = Config()
def bump():
    cfg.level += 10
    seen["cfg"] = cfg.level
t = threading.Thread(target=bump)
t.start(); t.join()
print(cfg.level, seen["cfg"])

caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
def fail():
    raise ValueError("bad value")
t = threading.Thread(target=fail, name="failing")
t.start(); t.join()
print(caught)

def exits():
    raise SystemExit(3)
t = threading.Thread(target=exits)
t.start(); t.join()
print("after SystemExit in a thread", t.is_alive())

# sleeping threads wake in deadline order
woke = []
def sleeper(delay, name):
    time.sleep(delay)
    woke.append(name)
ts = [threading.Thread(target=sleeper, args=(d, n)) for d, n in [(0.3, "slow"), (0.1, "fast"), (0.2, "mid")]]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(woke)

done = _thread.allocate_lock()
done.acquire()
got = []
def raw(a, b=0):
    got.append(a + b)
    done.release()
_thread.start_new_thread(raw, (1,), {"b": 2})
done.acquire()
print(got, _thread.LockType, type(_thread.RLock()))
try:
    _thread.start_new_thread(raw, [1])
except TypeError as e:
    print(e)
