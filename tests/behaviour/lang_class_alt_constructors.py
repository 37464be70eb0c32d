# Alternative constructors as classmethods that subclasses inherit and extend via super().
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    from_fahrenheit = classmethod(from_fahrenheit)

    def from_dict(cls, data):
        obj = cls(data["celsius"])
        obj.source = "dict"
        return obj
    from_dict = classmethod(from_dict)

    def __repr__(self):
        return f"{type(self).__name__}({self.celsius})"


class Reading(Temperature):
    def __init__(self, celsius, sensor="unknown"):
        super().__init__(celsius)
        self.sensor = sensor

    def from_dict(cls, data):
        obj = super().from_dict(data)
        obj.sensor = data.get("sensor", "n/a")
        return obj
    from_dict = classmethod(from_dict)

    def __repr__(self):
        return super().__repr__()[:-1] + f", {self.sensor})"


print(Temperature.from_fahrenheit(212))
print(Reading.from_fahrenheit(32))
r = Reading.from_dict({"celsius": 21.5, "sensor": "kitchen"})
print(r, r.source, type(r).__name__)
print(Temperature.from_dict({"celsius": 0}).source)
print(Reading.from_dict.__self__ is Reading, Reading.from_fahrenheit.__func__ is Temperature.from_fahrenheit.__func__)
