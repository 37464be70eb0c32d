# A class's __dict__ is a read-only mappingproxy.
class Settings:
    """Application settings."""
    debug = False
    retries = 3

    def reload(self):
        return "reloaded"


ns = Settings.__dict__
print(type(ns).__name__, ns["retries"], "reload" in ns, ns.get("debug"), ns.get("missing", "-"))
print(sorted(k for k in ns.keys() if not k.startswith("__")))
print(sorted(k for k, v in ns.items() if isinstance(v, int)))
try:
    ns["debug"] = True
except TypeError as e:
    print("TypeError:", e)
Settings.debug = True
print(ns["debug"], Settings.__dict__["debug"])
copy = dict(Settings.__dict__)
copy["retries"] = 10
print(Settings.retries, copy["retries"], len(ns) == len(copy))
print([k for k in Settings.__dict__ if k == "retries"])


class Child(Settings):
    retries = 5


print("reload" in Child.__dict__, "reload" in dir(Child) if False else hasattr(Child, "reload"))
print(Child.__dict__["retries"], Child.__dict__.get("debug"))
