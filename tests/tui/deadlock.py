import threading

lock = threading.Lock()
lock.acquire()
print("waiting for a lock no one will release, inside a call from sorted()")
sorted([2, 1], key=lambda x: lock.acquire())
