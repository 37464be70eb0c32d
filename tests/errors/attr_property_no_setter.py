class Circle:
    def __init__(self, radius):
        self._radius = radius

    @property
    def area(self):
        return 3.14159 * self._radius ** 2


c = Circle(2)
print(round(c.area, 2))
c.area = 50
