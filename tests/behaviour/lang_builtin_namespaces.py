# Plugins registered by exec'ing source into their own namespaces, and
# globals()/locals()/vars() used as the namespaces they are.
PLUGINS = {
    "greet": "def run(name):\n    return f'hello {name}'\n",
    "shout": "PREFIX = '!!'\ndef run(name):\n    return PREFIX + name.upper()\n",
}
registry = {}
for key, source in PLUGINS.items():
    namespace = {"__name__": f"plugin_{key}"}
    exec(compile(source, f"<plugin {key}>", "exec"), namespace)
    registry[key] = namespace["run"]
    print(key, sorted(n for n in namespace if not n.startswith("__")), namespace["run"].__module__)
print([registry[k]("ada") for k in sorted(registry)])

globals()["dynamic_setting"] = 42
print(dynamic_setting, "dynamic_setting" in globals())


def snapshot(a, b=2, *rest, **opts):
    total = a + b
    return locals()


print(snapshot(1, rest_is="kw"))
print(snapshot(5, 6, 7, 8))


class Settings:
    debug = False
    level = 3


print(sorted(k for k in vars(Settings) if not k.startswith("__")))
print(vars(Settings)["level"], eval("level * 2", dict(vars(Settings))))
counter = {"n": 0}
for _ in range(3):
    exec("n += 1", {}, counter)
print(counter)
code = compile("x ** 2", "<square>", "eval")
print([eval(code, {"x": x}) for x in range(5)], code.co_filename)
