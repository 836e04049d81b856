# Ends with an uncaught exception: an exception in a finally block replaces another,
# showing the chained traceback with the context.
def step():
    try:
        raise KeyError("original")
    finally:
        print("cleanup runs")
        [].pop()
step()
