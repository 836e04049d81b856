# Two threads take two locks in opposite orders.
import threading
import time
a = threading.Lock()
b = threading.Lock()
def one():
    with a:
        time.sleep(0.01)
        with b:
            print("one")
def two():
    with b:
        time.sleep(0.01)
        with a:
            print("two")
t1 = threading.Thread(target=one, name="first")
t2 = threading.Thread(target=two, name="second")
t1.start()
t2.start()
t1.join()
t2.join()
