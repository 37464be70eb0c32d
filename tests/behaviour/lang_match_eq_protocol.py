# Value patterns call __eq__ on the subject; class patterns use isinstance
# and getattr (a property raising AttributeError just fails the case).
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        print(f"  Money.__eq__({self.cents}, {other!r})")
        if isinstance(other, (int, float)):
            return self.cents == round(other * 100)
        return NotImplemented


def price_tag(m):
    match m:
        case 0:
            return "free"
        case 9.99:
            return "cheap"
        case _:
            return "pricey"


for cents in [0, 999, 5000]:
    print(cents, price_tag(Money(cents)))


def get_temperature(self):
    if self._sensor_ok:
        return self._t
    raise AttributeError("sensor offline")


class Station:
    __match_args__ = ("name", "temperature")
    temperature = property(get_temperature)

    def __init__(self, name, t, ok=True):
        self.name, self._t, self._sensor_ok = name, t, ok


def report(st):
    match st:
        case Station(name, t) if t < 0:
            return f"{name}: freezing ({t})"
        case Station(name, t):
            return f"{name}: {t} degrees"
        case Station(name=name):
            return f"{name}: no reading"


for st in [Station("north", -4), Station("south", 21), Station("east", 0, ok=False)]:
    print(report(st))


class Anything:
    def __eq__(self, other):
        return True


match Anything():
    case "x":
        print("Anything() == 'x' is true, so the literal matched")

match "x":
    case None:
        print("never: None is compared by identity")
    case _:
        print("None pattern uses 'is'")
