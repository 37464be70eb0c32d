# A singleton metaclass overriding __call__.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print(f"creating the one {cls.__name__}")
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, path="app.ini"):
        self.path = path
        self.values = {}


class Cache(metaclass=Singleton):
    pass


a = Config("first.ini")
b = Config("second.ini")
print(a is b, a.path)
a.values["debug"] = True
print(b.values)
print(Cache() is Cache(), Cache() is a)
print(type(Config).__name__, type(Singleton).__name__, isinstance(Config, Singleton))
print(sorted(k.__name__ for k in Singleton._instances))
