# Unit-converting descriptors over one stored base value, plus read-only
# constants as data descriptors that refuse assignment.

class Unit:
    def __init__(self, factor):
        self.factor = factor

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<unit {self.name} = {self.factor} m>"
        return round(obj.meters / self.factor, 4)

    def __set__(self, obj, value):
        obj.meters = value * self.factor


class Constant:
    def __init__(self, value):
        self.value = value

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        return self.value

    def __set__(self, obj, value):
        raise AttributeError(f"{self.name} is a constant")

    def __delete__(self, obj):
        raise AttributeError(f"cannot delete constant {self.name}")


class Distance:
    km = Unit(1000)
    mile = Unit(1609.344)
    foot = Unit(0.3048)
    SPEED_OF_LIGHT = Constant(299_792_458)

    def __init__(self, meters):
        self.meters = meters

    def __repr__(self):
        return f"Distance({self.meters} m)"


marathon = Distance(42195)
print(marathon, marathon.km, marathon.mile, marathon.foot)
marathon.mile = 26.2
print(marathon.meters, marathon.km)
marathon.km = 5
print(marathon, marathon.foot)
print(Distance.km, Distance.SPEED_OF_LIGHT, marathon.SPEED_OF_LIGHT)
for action in (lambda: setattr(marathon, "SPEED_OF_LIGHT", 1), lambda: delattr(marathon, "SPEED_OF_LIGHT")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
marathon.__dict__["SPEED_OF_LIGHT"] = 3
print(marathon.SPEED_OF_LIGHT, sorted(marathon.__dict__))
Distance.SPEED_OF_LIGHT = "rebound on the class"
print(marathon.SPEED_OF_LIGHT)
