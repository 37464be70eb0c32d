# Metaclass methods and properties are visible on classes, not on instances.
class Registry(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._members = []

    def create(cls, *args):
        obj = cls(*args)
        cls._members.append(obj)
        return obj

    def count(cls):
        return len(cls._members)
    count = property(count)

    def __len__(cls):
        return len(cls._members)

    def __iter__(cls):
        return iter(cls._members)

    def __repr__(cls):
        return f"<registry class {cls.__name__}>"


class Animal(metaclass=Registry):
    def __init__(self, name):
        self.name = name


class Dog(Animal):
    pass


Animal.create("generic")
Dog.create("rex")
Dog.create("fido")
print(Animal.count, Dog.count, len(Dog))
print([d.name for d in Dog])
print(Dog, Animal, type(Dog))
print(hasattr(Dog("x"), "create"), hasattr(Dog, "create"))
try:
    Dog("y").count
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(Dog, Registry), isinstance(Dog, type), Registry.__mro__)
