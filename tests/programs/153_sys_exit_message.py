# Ends via sys.exit("message"): the message goes to stderr and the exit status is 1.
import sys
print("checking input")
record = {"name": "", "age": -3}
errors = []
if not record["name"]:
    errors.append("missing field")
if record["age"] < 0:
    errors.append("bad value")
if errors:
    sys.exit("fatal: " + ", ".join(errors))
print("not reached")
