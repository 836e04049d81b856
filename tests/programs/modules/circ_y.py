print("circ_y: start")
from circ_x import value
