# Found by the VM fuzzer (a mutation of program 606): loops for ever, in CPython too; the
# fuzz budget stops before an instruction with a huge float operand.
import random

print(random.gammavariate(1e308, 1))
