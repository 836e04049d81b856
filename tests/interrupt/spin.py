import sys
print("start", flush=True)
def spin():
    n = 0
    while True:
        n += 1
try:
    spin()
except KeyboardInterrupt:
    print("caught", file=sys.stderr)
print("after")
spin()
