# Producer/consumer job processing with threading.Thread workers and queue.Queue, results merged under a Lock.
# Exercises threads, queues with sentinels, locks as context managers, per-job CPU work (hashing, sorting, parsing).
import queue
import random
import threading
from collections import Counter

N_WORKERS = 4
STOP = object()


def job_checksum(data):
    h = 2166136261
    for b in data:
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


def job_wordfreq(text):
    return Counter(text.split()).most_common(1)[0]


def job_sort(nums):
    s = sorted(nums)
    return s[len(s) // 2]


HANDLERS = {"checksum": job_checksum, "wordfreq": job_wordfreq, "sort": job_sort}


class ResultStore:
    def __init__(self):
        self.lock = threading.Lock()
        self.results = {}
        self.per_kind = Counter()
        self.errors = 0

    def add(self, job_id, kind, value):
        with self.lock:
            self.results[job_id] = value
            self.per_kind[kind] += 1

    def fail(self):
        with self.lock:
            self.errors += 1


def worker(jobs, store):
    while True:
        item = jobs.get()
        if item is STOP:
            jobs.task_done()
            break
        job_id, kind, payload = item
        try:
            store.add(job_id, kind, HANDLERS[kind](payload))
        except (KeyError, IndexError):
            store.fail()
        finally:
            jobs.task_done()


def make_jobs(seed, n):
    rng = random.Random(seed)
    vocab = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]
    for i in range(n):
        kind = rng.choice(["checksum", "wordfreq", "sort", "sort", "bogus"])
        if kind == "checksum":
            payload = bytes(rng.randrange(256) for _ in range(rng.randint(200, 600)))
        elif kind == "wordfreq":
            payload = " ".join(rng.choice(vocab) for _ in range(rng.randint(0, 200)))
        else:
            payload = [rng.randint(0, 10 ** 6) for _ in range(rng.randint(100, 400))]
        yield i, kind, payload


def main():
    jobs = queue.Queue(maxsize=64)
    store = ResultStore()
    threads = [threading.Thread(target=worker, args=(jobs, store), name=f"worker-{i}")
               for i in range(N_WORKERS)]
    for t in threads:
        t.start()
    for job in make_jobs(31, 1200):
        jobs.put(job)
    for _ in threads:
        jobs.put(STOP)
    jobs.join()
    for t in threads:
        t.join()
    checksum = 0
    for job_id in sorted(store.results):
        v = store.results[job_id]
        if isinstance(v, tuple):
            v = len(v[0]) * v[1]
        checksum = (checksum * 131 + v) % (2 ** 61 - 1)
    print("done:", len(store.results), "errors:", store.errors, "alive:", sum(t.is_alive() for t in threads))
    print("per kind:", dict(sorted(store.per_kind.items())))
    print("checksum:", checksum)


if __name__ == "__main__":
    main()
