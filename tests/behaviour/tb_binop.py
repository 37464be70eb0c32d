# Binary operations: the operator gets ^ and its operands ~ (PEP 657), also
# inside parentheses, with comments, and without spaces around the operator.
def divide(a, b):
    return a / b


a = 1
b = "s"
try:
    divide(1, 0)
except ZeroDivisionError:
    try:
        x = (a) ** (b)
    except TypeError:
        try:
            y = a * 2 + b * 3  # mixes int and str
        except TypeError:
            try:
                z = a+b
            except TypeError:
                w = ((a)) - (("x"))
