# NameError and UnboundLocalError mark the name.
def uses_later():
    print(x)
    x = 1


def outer():
    def inner():
        return undefined_name + 1
    return inner()


try:
    outer()
except NameError:
    uses_later()
