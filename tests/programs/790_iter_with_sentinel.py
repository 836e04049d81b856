# iter(callable, sentinel): call until the sentinel comes back.
import io

lines = io.StringIO("alpha\nbeta\n\ngamma\n")
print(list(iter(lines.readline, "")))

counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


it = iter(tick, 4)
print(type(it).__name__, list(it), list(it), counter)

queue = [3, 2, 1, None, 9]
print([x * 10 for x in iter(queue.pop(0).__class__ and (lambda: queue.pop(0)), None)], queue)

for chunk in iter(lambda: lines.read(2), ""):
    print("never", chunk)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
try:
    iter([1], 2)
except TypeError as e:
    print("TypeError:", e)
