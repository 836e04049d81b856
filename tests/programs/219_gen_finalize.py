# Suspended generators are closed when freed (their finally blocks run), and at exit.
def tracked(name):
    try:
        yield name + " 1"
        yield name + " 2"
    finally:
        print("  finally of", name)


def use_locally():
    g = tracked("local")
    print(next(g))
    print("returning")


use_locally()
print("after call")

# Freed by the end of the expression that made it.
print(next(tracked("temporary")))
print("after temporary")

# Freed from a container.
holder = {"g": tracked("in dict")}
next(holder["g"])
del holder["g"]
print("after del")

# A generator closing another it drove.
def driver():
    inner = tracked("driven")
    yield next(inner)
    yield "driver done"


d = driver()
print(next(d))
print(next(d))
d = None
print("driver freed")

# Without a try block there is nothing to run on close.
def plain():
    yield 1
    print("never")


p = plain()
next(p)
p = None


# An except GeneratorExit handler runs, too.
def handler():
    try:
        yield 1
    except GeneratorExit:
        print("  GeneratorExit handled")
        raise


h = handler()
next(h)
h = 0
print("rebound")

# These stay suspended until the program ends, closed in the order they were made.
first = tracked("first global")
next(first)
second = tracked("second global")
next(second)
finished = tracked("finished")
list(finished)
print("end of program")
