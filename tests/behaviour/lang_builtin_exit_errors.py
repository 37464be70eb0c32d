# exit() and quit() raise SystemExit; the OSError family and the warnings.
try:
    exit(4)
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    quit()
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    raise SystemExit("bye")
except SystemExit as e:
    print("SystemExit", repr(e.code))
print(callable(input), callable(exit), callable(id))
print(issubclass(FileNotFoundError, OSError), issubclass(PermissionError, OSError),
      issubclass(TabError, IndentationError), issubclass(IndentationError, SyntaxError))
print(issubclass(ResourceWarning, Warning), issubclass(PendingDeprecationWarning, DeprecationWarning))
try:
    raise FileNotFoundError("missing.txt")
except OSError as e:
    print(type(e).__name__, e)
a, b = object(), object()
print(id(a) == id(a), id(a) != id(b), isinstance(id(a), int))
print(__import__("lang_import_pkg.config").__name__, __import__("lang_import_pkg.config", fromlist=["x"]).__name__)
