# Builtin functions and types stored as class attributes are not descriptors:
# an instance sees them unbound, exactly as the class does.
class Logger:
    log = print          # a builtin function: no self is passed
    size = len
    conv = int
    join = ", ".join    # a builtin method already bound to its string

    def __init__(self, prefix):
        self.prefix = prefix

    def info(self, msg):
        self.log(self.prefix, msg)


logger = Logger("[app]")
logger.log("plain call")
logger.info("through a method")
Logger.log("on the class")
print(logger.size("hello"), logger.conv("42") + 1, logger.conv("ff", 16))
print(logger.join(["a", "b", "c"]))
print(logger.log is print, Logger.log is print, logger.conv is int)
print(type(Logger.__dict__["log"]).__name__)


class Table:
    """Sorts rows with a configurable key, a common pattern in small tools."""
    key = len
    reverse_key = abs

    def __init__(self, rows):
        self.rows = rows

    def sorted(self):
        return sorted(self.rows, key=self.key)


print(Table(["ccc", "a", "bb"]).sorted())
print(sorted([3, -5, 1], key=Table([]).reverse_key))


class Parser:
    number = float
    text = str
    flags = dict

    def parse(self, raw):
        kind, _, value = raw.partition(":")
        return getattr(self, kind)(value)


p = Parser()
for raw in ["number:2.5", "text:hi"]:
    v = p.parse(raw)
    print(type(v).__name__, repr(v))
print(p.flags(debug=True, level=2))


# Calling with the wrong arguments reports the builtin's own message, with no
# extra self argument counted in.
try:
    logger.size()
except TypeError as e:
    print("TypeError:", e)
try:
    logger.size("a", "b")
except TypeError as e:
    print("TypeError:", e)


# staticmethod(print) is the same as print here, and a Python function still
# binds as before.
class Mixed:
    say = staticmethod(print)
    size = len

    def me(self):
        return type(self).__name__


m = Mixed()
m.say("static", "print")
print(m.size([1, 2, 3]), m.me())
