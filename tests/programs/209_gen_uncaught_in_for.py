# Ends with an uncaught exception raised inside a generator driven by a for loop.
def parse(lines):
    for number, line in enumerate(lines, 1):
        key, value = line.split("=")
        yield number, key.strip(), int(value)


config = ["width = 10", "height=20", "depth = deep"]
total = 0
for number, key, value in parse(config):
    print(number, key, value)
    total += value
print("total", total)
