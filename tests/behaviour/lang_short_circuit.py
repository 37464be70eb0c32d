# and/or return operands and short-circuit; conditional expressions
def loud(v, tag):
    print("eval", tag)
    return v

print(loud(0, "a") and loud(1, "b"))
print(loud(2, "c") and loud(3, "d"))
print(loud(0, "e") or loud("", "f") or loud("x", "g") or loud("y", "h"))
print(loud([], "i") or "default")
print(None or 0 or [] or "last")
print(1 and "both")
x = 5
print("big" if x > 3 else "small", "even" if x % 2 == 0 else "odd")
print(loud(1, "cond") if loud(False, "test") else loud(2, "else"))
