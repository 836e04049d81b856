# An unlocked counter: `counter += 1` is a load, an add and a store, so a switch between
# them loses an update.
import threading
counter = 0
def work():
    global counter
    for _ in range(2000):
        counter += 1
threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter =", counter)
