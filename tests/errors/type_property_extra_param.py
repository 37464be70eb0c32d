class Rectangle:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def scaled_area(self, factor):
        return self.w * self.h * factor


r = Rectangle(2, 3)
print(r.scaled_area)
