# A @property-based Temperature class: validation in setters, computed
# properties, deleters, and the messages for missing setters.

class Temperature:
    """A temperature that keeps Celsius and converts on demand."""

    absolute_zero = -273.15

    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < self.absolute_zero:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("resetting temperature")
        self._celsius = 0.0

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @property
    def kelvin(self):
        return round(self._celsius - self.absolute_zero, 2)

    def __repr__(self):
        return f"Temperature({self._celsius:.2f})"


t = Temperature(25)
print(t, t.celsius, t.fahrenheit, t.kelvin)
t.fahrenheit = 212
print(t, t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.kelvin = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.kelvin
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t)
print(Temperature.celsius.__doc__)
print(Temperature.__doc__)
print(type(Temperature.kelvin).__name__, Temperature.kelvin.fset, Temperature.kelvin.__doc__)
print(Temperature.celsius.fget.__name__, Temperature.celsius.fset.__name__, Temperature.celsius.fdel.__name__)
print(sorted(t.__dict__))
t.__dict__["celsius"] = "shadow?"
print(t.celsius)
