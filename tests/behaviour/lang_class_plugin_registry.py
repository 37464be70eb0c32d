# A plugin registry built with __init_subclass__ and class keyword arguments.
class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        cls.plugin_name = key
        cls.priority = priority
        Plugin.registry[key] = cls
        print(f"registered {key} (priority {priority})")

    def run(self, data):
        raise NotImplementedError


class Upper(Plugin, name="upper", priority=2):
    def run(self, data):
        return data.upper()


class Reverse(Plugin, priority=1):
    def run(self, data):
        return data[::-1]


class Exclaim(Plugin):
    def run(self, data):
        return data + "!"


class LoudExclaim(Exclaim, name="loud"):
    def run(self, data):
        return super().run(data).upper()


def pipeline(text):
    for plugin_cls in sorted(Plugin.registry.values(), key=lambda c: -c.priority):
        text = plugin_cls().run(text)
        print(f"  after {plugin_cls.plugin_name}: {text}")
    return text


print(sorted(Plugin.registry))
print(pipeline("hello"))

try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
