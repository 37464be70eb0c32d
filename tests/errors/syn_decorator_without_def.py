def trace(f):
    return f


@trace
value = 10
