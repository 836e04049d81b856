# A circular import that works: each module only uses the other after both have loaded.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/modules")

import circ_a

print(circ_a.use_b(), circ_a.circ_b.use_a())
print(circ_a.circ_b.circ_a is circ_a, sorted([k for k in sys.modules if k.startswith("circ")]))
