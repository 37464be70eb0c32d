"""types: SimpleNamespace as a lightweight record, and the type objects programs test against."""
import types

cfg = types.SimpleNamespace(host="localhost", port=8080)
print(cfg, cfg.host, cfg.port)
cfg.debug = True
del cfg.port
print(cfg, vars(cfg))
print("equal:", types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1), types.SimpleNamespace(a=1) == {"a": 1})
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)

class Settings(types.SimpleNamespace):
    pass

print(Settings(level=3))

def gen():
    yield 1

async def coro():
    return 1

c = coro()
print("function:", isinstance(gen, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
print("generator:", isinstance(gen(), types.GeneratorType), isinstance(c, types.CoroutineType))
c.close()
print("module:", isinstance(types, types.ModuleType), types.ModuleType.__name__)

class Greeter:
    def hello(self):
        return "hi"

print("method:", isinstance(Greeter().hello, types.MethodType), type(Greeter().hello) is types.MethodType)
print("lambda name:", types.LambdaType is types.FunctionType, types.NoneType, types.EllipsisType)
try:
    raise ValueError("x")
except ValueError as e:
    tb = e.__traceback__
    print("traceback:", isinstance(tb, types.TracebackType), tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next)
mod = types.ModuleType("plugins", "Plugin registry.")
mod.registry = []
print(mod.__name__, mod.__doc__, mod.registry)
