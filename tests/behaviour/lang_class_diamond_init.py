# Cooperative multiple inheritance: every __init__ calls super().__init__(**kwargs).
class Shape:
    def __init__(self, **kwargs):
        print("Shape.__init__", sorted(kwargs))
        super().__init__(**kwargs)


class Colored(Shape):
    def __init__(self, color="black", **kwargs):
        print("Colored.__init__", color)
        self.color = color
        super().__init__(**kwargs)


class Bordered(Shape):
    def __init__(self, border=1, **kwargs):
        print("Bordered.__init__", border)
        self.border = border
        super().__init__(**kwargs)


class Label(Colored, Bordered):
    def __init__(self, text, **kwargs):
        print("Label.__init__", text)
        self.text = text
        super().__init__(**kwargs)


lbl = Label("hello", color="red", border=3)
print(lbl.text, lbl.color, lbl.border)
print([k.__name__ for k in Label.__mro__])
print(Label.mro() == list(Label.__mro__))

try:
    Label("x", shade="dark")
except TypeError as e:
    print("TypeError:", e)
