x = 2
assert x == 1, "x should be 1"
