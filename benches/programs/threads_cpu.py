# Four threads doing CPU work (prime counting), joined; under a GIL they take turns.
import threading

results = [0] * 4

def count_primes(index, limit):
    count = 0
    for n in range(2, limit):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            count += 1
    results[index] = count

threads = [threading.Thread(target=count_primes, args=(i, 20000 + i * 1000)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
