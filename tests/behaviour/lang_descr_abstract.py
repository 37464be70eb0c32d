# A hand-written abstract-method check: decorators set
# __isabstractmethod__, and property/staticmethod/classmethod report it.

def abstract(func):
    func.__isabstractmethod__ = True
    return func


def check_abstract(cls):
    missing = sorted(name for name in dir_all(cls)
                     if getattr(getattr_static(cls, name), "__isabstractmethod__", False))
    cls.abstract_methods = tuple(missing)
    original_init = cls.__init__

    def __init__(self, *args, **kwargs):
        if type(self).abstract_methods:
            raise TypeError(f"Can't instantiate {type(self).__name__} with {', '.join(type(self).abstract_methods)}")
        original_init(self, *args, **kwargs)
    cls.__init__ = __init__
    return cls


def dir_all(cls):
    names = []
    for klass in cls.__mro__:
        for name in klass.__dict__:
            if name not in names:
                names.append(name)
    return names


def getattr_static(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


@check_abstract
class Storage:
    def __init__(self):
        self.items = []

    @abstract
    def save(self, item):
        pass

    @property
    @abstract
    def capacity(self):
        pass

    @staticmethod
    @abstract
    def kind():
        pass

    def describe(self):
        return f"{self.kind()} storage for {self.capacity} items"


@check_abstract
class Memory(Storage):
    def save(self, item):
        self.items.append(item)

    @property
    def capacity(self):
        return 10

    @staticmethod
    def kind():
        return "memory"


print(Storage.abstract_methods, Memory.abstract_methods)
try:
    Storage()
except TypeError as e:
    print("TypeError:", e)
m = Memory()
m.save(1)
print(m.items, m.describe())
print(Storage.capacity.__isabstractmethod__, Memory.capacity.__isabstractmethod__)
print(Storage.__dict__["kind"].__isabstractmethod__, Memory.__dict__["kind"].__isabstractmethod__)
print(classmethod(abstract(lambda cls: 1)).__isabstractmethod__)
