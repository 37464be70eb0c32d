from . import circ_b

A_VALUE = "a"

def use_b():
    return circ_b.B_VALUE + "!"
