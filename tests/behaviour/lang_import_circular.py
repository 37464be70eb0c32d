# Circular imports: a module sees the other one half initialised.
from lang_import_pkg import circ_a, circ_b

print(circ_a.use_b(), circ_b.partial_view())
print(circ_a.circ_b is circ_b, circ_b.circ_a is circ_a)

try:
    import lang_import_pkg.circ_bad_a
except ImportError as e:
    import lang_import_pkg
    where = lang_import_pkg.__path__[0]
    print(type(e).__name__ + ":", str(e).replace(where, "<pkg>"))
    print(e.name)
