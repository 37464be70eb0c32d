# A module's code runs once; later imports reuse the module object.
print("before")
import lang_import_pkg.counter
import lang_import_pkg.counter as again
from lang_import_pkg.counter import runs
from lang_import_pkg import counter

print(runs, again is counter, again is lang_import_pkg.counter)
counter.runs += 10
from lang_import_pkg.counter import runs as later
print(later)


def lazy():
    import lang_import_pkg.counter
    return lang_import_pkg.counter.runs


print(lazy())
