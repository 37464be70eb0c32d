# An exception raised inside a helper module's function, uncaught: the
# traceback runs through the helper file.
from lang_import_pkg.workers import fail_in_helper

print("looking up 'a' works:", fail_in_helper("a"))
fail_in_helper("missing")
