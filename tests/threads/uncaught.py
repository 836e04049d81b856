# A thread's uncaught exception is reported by threading.excepthook; the program goes on.
import threading
def bad():
    raise ValueError("boom")
t = threading.Thread(target=bad)
t.start()
t.join()
print("main goes on")
