# Tracebacks through deep recursion: runs of the same line are cut to three entries and a
# "[Previous line repeated N more times]" line, as CPython prints them.
import sys
import traceback


def countdown(n):
    if n == 0:
        raise ValueError("reached the bottom")
    return countdown(n - 1)


def ping(n):
    return pong(n)


def pong(n):
    if n == 0:
        raise KeyError("ping-pong")
    return ping(n - 1)


for depth in [2, 3, 4, 25]:
    try:
        countdown(depth)
    except ValueError:
        traceback.print_exc()
try:
    ping(3)
except KeyError:
    traceback.print_exc()

sys.setrecursionlimit(120)


class Tree:
    def height(self):
        return 1 + self.height()


print("about to recurse", flush=True)
Tree().height()
