# __getattr__ fallbacks, __getattribute__ overrides and proxies.

class Record:
    def __init__(self, **fields):
        self._fields = fields

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__} has no field {name!r}") from None


r = Record(id=7, title="Dune")
print(r.id, r.title, r._fields)
try:
    r.author
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(r, "missing", "default"), hasattr(r, "title"), hasattr(r, "nope"))


class Loud:
    def __init__(self):
        self.calls = []

    def __getattribute__(self, name):
        if name != "calls":
            object.__getattribute__(self, "calls").append(name)
        return object.__getattribute__(self, name)

    def hello(self):
        return "hello"


loud = Loud()
loud.hello()
loud.x = 1
print(loud.x)
try:
    loud.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(loud.calls)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append(("get", name))
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self.log.append(("set", name))
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        delattr(self._target, name)


class Target:
    def __init__(self):
        self.size = 1

    def grow(self):
        self.size *= 2
        return self.size


t = Target()
p = Proxy(t)
p.grow()
p.size = 10
print(p.grow(), t.size)
p.color = "red"
del p.color
print(p.log)
print(t.__dict__)


class Fallback:
    @property
    def broken(self):
        raise AttributeError("inner problem")

    def __getattr__(self, name):
        return f"fallback for {name}"


print(Fallback().broken, Fallback().anything)


class Strict:
    __slots_like__ = ("a", "b")

    def __setattr__(self, name, value):
        if name not in self.__slots_like__:
            raise AttributeError(f"cannot add {name}")
        super().__setattr__(name, value)


s = Strict()
s.a = 1
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
print(s.__dict__)
