"""A thread race: four threads increment a shared counter without a lock. The read and the
write are separate instructions, so a switch between them loses updates. Set a breakpoint in
`work` and watch the Threads pane; try `pyglass race examples/thread_race.py --runs 20`."""

import threading

counter = 0


def work(times):
    global counter
    for _ in range(times):
        value = counter
        value += 1
        counter = value


threads = [threading.Thread(target=work, args=(2000,), name=f"worker-{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("expected 8000, got", counter)
