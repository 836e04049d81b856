print("circ_x: start")
import circ_y
value = "x"
