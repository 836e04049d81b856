# A loop with a known instruction count: work(n) runs its loop body (7 instructions) n times.
import sys


def work(n):
    total = 0
    for i in range(n):
        total += i
    return total


def hot(n):
    return sum(i * i for i in range(n))


print(work(int(sys.argv[1])), hot(20000))
