# More operators: **, //, %, <<, and an operation on a call's result.
def value():
    return "text"


n = 7
try:
    n**value()
except TypeError:
    try:
        print(n // 0)
    except ZeroDivisionError:
        try:
            r = n % 0 + 1
        except ZeroDivisionError:
            try:
                s = 1 << -n
            except ValueError:
                t = value() - n
