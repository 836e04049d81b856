# str.format with positional, keyword and index fields.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Bo", age=7))
print("{0[1]} {0[0]}".format(["x", "y"]))
print("{d[key]} {d[other]}".format(d={"key": 1, "other": 2}))
print("{:>6}|{:<6}|{:^6}|".format("ab", "cd", "ef"))
print("{:*^11}".format("mid"))
print("{0:.3f} {1:05d} {2:x}".format(3.14159, 42, 255))
print("{{literal}} {}".format("x"))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{:{w}.{p}f}".format(2.718281, w=10, p=2))
print("{0}{1}{0}".format("ab", "-"))
print("{:,} {:_} {:+}".format(10 ** 9, 10 ** 6, 3))
args = ["p", "q"]
kw = {"z": 26}
print("{} {} {z}".format(*args, **kw))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format(x=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
