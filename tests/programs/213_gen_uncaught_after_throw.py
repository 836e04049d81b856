# Ends with an uncaught exception thrown into a generator and raised again from its handler.
def guarded():
    try:
        yield "ready"
    except KeyError as e:
        raise LookupError("no such key: " + str(e)) from e


g = guarded()
print(next(g))
g.throw(KeyError("colour"))
