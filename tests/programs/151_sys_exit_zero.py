# Ends via sys.exit(0): exit status 0, nothing after it runs.
import sys
def work():
    total = 0
    for i in range(5):
        total += i
    return total
print("work result", work())
print("before exit")
sys.exit(0)
print("not reached")
