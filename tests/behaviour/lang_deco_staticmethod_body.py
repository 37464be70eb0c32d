# staticmethod objects are callable (3.10+), so helpers can be used
# inside the class body itself; classmethods build registries.

class Units:
    @staticmethod
    def _scale(factor):
        return lambda value: value * factor

    to_mm = {"cm": _scale(10), "m": _scale(1000), "km": _scale(1_000_000)}

    @classmethod
    def convert(cls, value, unit):
        return cls.to_mm[unit](value)

    @staticmethod
    def fmt(mm):
        return f"{mm:,} mm"


print(Units.fmt(Units.convert(3, "m")), Units.fmt(Units.convert(2, "km")), Units().convert(5, "cm"))
print(sorted(Units.to_mm), type(Units.__dict__["_scale"]).__name__)


class Plugin:
    registry = []

    @classmethod
    def register(cls, plugin):
        cls.registry.append(plugin.__name__)
        return plugin


@Plugin.register
class Zip:
    pass


@Plugin.register
class Tar:
    pass


print(Plugin.registry)


class Temperature:
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def table(cls, *values):
        return [(v, cls.c_to_f(v)) for v in values]

    def describe(self, c):
        return f"{c}C is {self.c_to_f(c)}F"


print(Temperature.table(0, 100), Temperature().describe(37))
