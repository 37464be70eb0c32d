"""sys.modules and sys.path: the import system's state that programs inspect."""
import sys

print("sys in modules:", "sys" in sys.modules, sys.modules["sys"] is sys)
print("colorsys imported yet:", "colorsys" in sys.modules)
import colorsys
print("after import:", "colorsys" in sys.modules, sys.modules["colorsys"] is colorsys)
print("builtins:", "builtins" in sys.modules, sys.modules["builtins"].len is len)
print("path[0] is a folder path:", sys.path[0].startswith("/") and not sys.path[0].endswith(".py"))
print("path entries are str:", all(isinstance(p, str) for p in sys.path))
print("lazy import helper:")

def lazy(name):
    if name in sys.modules:
        return sys.modules[name], "cached"
    module = __import__(name)
    return module, "imported"

mod, how = lazy("colorsys")
print(" ", mod.__name__, how)
mod, how = lazy("heapq")
print(" ", mod.__name__, mod.nsmallest(2, [5, 1, 3]))
print("names:", "sys" in sys.builtin_module_names, "heapq" in sys.stdlib_module_names,
      "asyncio" in sys.stdlib_module_names, "numpy" in sys.stdlib_module_names)
print("meta_path is a list:", isinstance(sys.meta_path, list))
del sys.modules["colorsys"]
import colorsys as again
print("re-imported a fresh module:", again is not colorsys, again.rgb_to_hsv(1.0, 0.0, 0.0))
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
