print("circ_a: start")
import circ_b
print("circ_a: circ_b imported, circ_b.B =", circ_b.B)
A = "A"


def use_b():
    return "a sees " + circ_b.B
