# Ends with an uncaught exception: a TypeError several frames deep, through a list comprehension.
def fmt(value):
    return "value: " + value
def render(items):
    return [fmt(i) for i in items]
def main():
    print(render(["a", "b"]))
    print(", ".join(render(["c", 4])))
print("start")
main()
print("not reached")
