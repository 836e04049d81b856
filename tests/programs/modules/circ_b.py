print("circ_b: start")
import circ_a
import sys
print("circ_b: circ_a is partially initialised:", hasattr(circ_a, "A"), "circ_a" in sys.modules)
B = "B"


def use_a():
    return "b sees " + circ_a.A
