# open() of file numbers: standard input read whole by open(0), standard output and error written
# through open(1)/open(2) with closefd=False, interleaved with print as CPython's flushes order them.
import sys
text = open(0).read()
print(repr(text))
with open(1, "w", closefd=False) as out:
    out.write("to stdout\n")
    out.flush()
    print("after flush")
    out.write("second\n")
print("end", flush=True)
with open(2, "w", closefd=False) as err:
    err.write("to stderr\n")
