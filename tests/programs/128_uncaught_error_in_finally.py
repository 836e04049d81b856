# Ends with an uncaught exception: an exception in a finally block replaces another,
# showing the chained traceback with the context.
def step():
    try:
        raise KeyError("original")
    finally:
        print("cleanup runs")
        [].pop()
def safe_step():
    try:
        return "fine"
    finally:
        print("safe cleanup")
print(safe_step())
step()
