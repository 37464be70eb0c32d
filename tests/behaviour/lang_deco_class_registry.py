# Class decorators that register classes and add methods.

PLUGINS = {}


def register(name):
    def decorator(cls):
        PLUGINS[name] = cls
        cls.plugin_name = name
        return cls
    return decorator


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


@register("csv")
@add_repr
class CsvExporter:
    def __init__(self, sep=","):
        self.sep = sep

    def export(self, rows):
        return "\n".join(self.sep.join(map(str, r)) for r in rows)


@register("json")
@add_repr
class JsonExporter:
    def __init__(self, indent=None):
        self.indent = indent

    def export(self, rows):
        return str([list(r) for r in rows])


print(sorted(PLUGINS))
for key in sorted(PLUGINS):
    exporter = PLUGINS[key]()
    print(key, exporter, exporter.plugin_name)
    print(exporter.export([(1, 2), (3, 4)]))


def singleton(cls):
    instances = {}

    def get_instance(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    return get_instance


@singleton
class Config:
    def __init__(self):
        print("loading config")
        self.values = {"debug": True}


a = Config()
b = Config()
print(a is b, a.values)


def frozen(cls):
    def __setattr__(self, name, value):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"{cls.__name__} is frozen; cannot set {name}")
        object.__setattr__(self, name, value)
    original_init = cls.__init__

    def __init__(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        object.__setattr__(self, "_frozen", True)
    cls.__setattr__ = __setattr__
    cls.__init__ = __init__
    return cls


@frozen
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y)
try:
    p.x = 10
except AttributeError as e:
    print("AttributeError:", e)
print(p.x)
