from .circ_bad_a import helper_a

def helper_b():
    return "b"
