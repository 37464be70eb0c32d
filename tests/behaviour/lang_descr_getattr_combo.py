# __getattribute__ and __getattr__ together, __delattr__ on its own, and
# attribute access counted per name.

class Audited:
    def __init__(self):
        object.__setattr__(self, "reads", {})
        self.value = 10

    def __getattribute__(self, name):
        if not name.startswith("__") and name != "reads":
            reads = object.__getattribute__(self, "reads")
            reads[name] = reads.get(name, 0) + 1
        if name == "secret":
            raise AttributeError("secret is hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"<default {name}>"

    def double(self):
        return self.value * 2


a = Audited()
print(a.value, a.double(), a.secret, a.unknown)
print(sorted(a.reads.items()))
print(getattr(a, "value"), hasattr(a, "anything"))


class Guarded:
    def __init__(self):
        self.temp = 1
        self.keep = 2

    def __delattr__(self, name):
        if name == "keep":
            raise AttributeError("keep cannot be deleted")
        print("deleting", name)
        super().__delattr__(name)


g = Guarded()
del g.temp
try:
    del g.keep
except AttributeError as e:
    print("AttributeError:", e)
try:
    del g.temp
except AttributeError as e:
    print("AttributeError:", e)
print(g.__dict__)
g.temp = 3
print(g.temp)


class Child(Audited):
    def __getattr__(self, name):
        return "child fallback"


c = Child()
print(c.value, c.missing, c.secret)
