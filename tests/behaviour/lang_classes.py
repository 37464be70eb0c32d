# classes: __init__, methods, class attributes, single inheritance, super()
class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return f"{self.name} makes a sound"

    def describe(self):
        return f"{self.name} is an {self.kind}: {self.speak()}"


class Dog(Animal):
    kind = "dog"

    def __init__(self, name, tricks):
        super().__init__(name)
        self.tricks = tricks

    def speak(self):
        return f"{self.name} barks"


a = Animal("generic")
d = Dog("rex", ["sit"])
print(a.describe())
print(d.describe())
print(Animal.count, d.count, d.tricks, Dog.kind, a.kind)
print(isinstance(d, Animal), isinstance(a, Dog), type(d).__name__, type(a).__name__)
m = d.speak
print(m())
d.kind = "good dog"
print(d.kind, Dog.kind)
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
