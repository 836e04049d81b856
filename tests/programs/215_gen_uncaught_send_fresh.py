# Ends with an uncaught TypeError: a value sent into a generator that has not started.
def accumulate():
    total = 0
    while True:
        total += yield total


acc = accumulate()
print(acc.send(None), acc.send(5))
fresh = accumulate()
fresh.send(5)
