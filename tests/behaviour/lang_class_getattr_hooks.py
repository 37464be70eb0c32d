# __getattr__ and __getattribute__: proxies and attribute dicts.
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"no key {name!r}") from None

    def __setattr__(self, name, value):
        self[name] = value


cfg = AttrDict(host="localhost", port=8080)
cfg.debug = True
print(cfg.host, cfg.port, cfg.debug, cfg)
print(cfg.keys(), len(cfg))
try:
    cfg.missing
except AttributeError as e:
    print("AttributeError:", e)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattribute__(self, name):
        if name.startswith("_"):
            return object.__getattribute__(self, name)
        object.__getattribute__(self, "_log").append(name)
        return getattr(object.__getattribute__(self, "_target"), name)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p._log)
try:
    p.nonexistent
except AttributeError as e:
    print("AttributeError:", e)


class Fallback:
    real = "real value"

    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return f"<fallback {name}>"


fb = Fallback()
print(fb.real, fb.secret, fb.other)
