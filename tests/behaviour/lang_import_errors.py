# Optional dependencies and import errors, the way programs guard them.
try:
    import ujson as json_impl
except ImportError:
    json_impl = None
print("ujson available:", json_impl is not None)

try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, isinstance(e, ImportError))

try:
    from lang_import_pkg import does_not_exist
except ImportError as e:
    import lang_import_pkg
    print(type(e).__name__, str(e).replace(lang_import_pkg.__path__[0], "<pkg>"))

try:
    from lang_import_pkg.config import MISSING
except ImportError as e:
    print(str(e).replace(lang_import_pkg.__path__[0], "<pkg>"), e.name)

try:
    import lang_import_pkg.config.deeper
except ModuleNotFoundError as e:
    print(e)

try:
    import lang_import_pkg.nothing.here
except ModuleNotFoundError as e:
    print(e, e.name)

try:
    import lang_import_pkg.broken
except ZeroDivisionError as e:
    print("broken module raised:", e)

try:
    import lang_import_pkg.broken
except ZeroDivisionError as e:
    print("and again (the failed module was not kept):", e)

try:
    from . import config
except ImportError as e:
    print(e)

try:
    import lang_import_pkg.syntax_bad
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
    print(e.filename.endswith("syntax_bad.py"))
