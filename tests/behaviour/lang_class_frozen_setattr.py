# __setattr__/__delattr__ overrides: a frozen record, a change tracker.
class Frozen:
    def __init__(self, **fields):
        for k, v in fields.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field '{name}'")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field '{name}'")

    def __repr__(self):
        return "Frozen(" + ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items()) + ")"


f = Frozen(x=1, y="two")
print(f)
for action in ("set", "del"):
    try:
        if action == "set":
            f.x = 5
        else:
            del f.y
    except AttributeError as e:
        print(action, "->", e)


class Tracked:
    def __init__(self):
        super().__setattr__("changes", [])
        self.status = "new"

    def __setattr__(self, name, value):
        self.changes.append((name, value))
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.changes.append(("del", name))
        super().__delattr__(name)


t = Tracked()
t.status = "active"
t.owner = "bob"
del t.owner
print(t.changes)
print(t.status, hasattr(t, "owner"))
setattr(t, "via_setattr", 1)
print(t.changes[-1])
try:
    del t.never_set
except AttributeError as e:
    print("AttributeError:", e)
