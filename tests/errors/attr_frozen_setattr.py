class Frozen:
    def __init__(self, **fields):
        for key, value in fields.items():
            object.__setattr__(self, key, value)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")


point = Frozen(x=1, y=2)
print(point.x, point.y)
point.x = 5
