# Stacking user decorators with property, classmethod and staticmethod in
# both orders.

def shout(func):
    def wrapper(*args, **kwargs):
        return str(func(*args, **kwargs)).upper()
    wrapper.__name__ = func.__name__
    return wrapper


def twice(func):
    def wrapper(*args, **kwargs):
        return [func(*args, **kwargs), func(*args, **kwargs)]
    return wrapper


class Animal:
    sound = "woof"

    def __init__(self, name):
        self.name = name

    @property
    @shout
    def loud_name(self):
        return self.name

    @classmethod
    @shout
    def kind(cls):
        return cls.__name__

    @twice
    @staticmethod
    def noise():
        return "rustle"

    @staticmethod
    @twice
    def steps():
        return "step"

    @classmethod
    @twice
    def sounds(cls):
        return cls.sound


class Cat(Animal):
    sound = "meow"


rex = Animal("rex")
print(rex.loud_name, Animal.kind(), Cat.kind(), rex.kind())
print(Animal.noise(), rex.steps(), Cat.sounds(), Cat("tom").sounds())
print(type(Animal.__dict__["noise"]).__name__, type(Animal.__dict__["steps"]).__name__)
print(Animal.__dict__["loud_name"].fget.__name__, Animal.kind.__func__.__name__)
