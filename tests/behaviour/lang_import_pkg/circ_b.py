from . import circ_a

B_VALUE = "b"

def partial_view():
    return hasattr(circ_a, "A_VALUE")
