# Module-level variable annotations (PEP 526) as 3.11 evaluates them: the
# module gets an __annotations__ dict, simple names are recorded in order,
# values are assigned first and annotations evaluated after.
def note(label, value):
    print("  evaluating", label)
    return value


MAX_RETRIES: int = 3
timeout: float = note("timeout value", 2.5)
hostname: str
retries_left: note("annotation of retries_left", int) = note("value of retries_left", MAX_RETRIES)

print(__annotations__)
print("hostname" in globals(), "hostname" in __annotations__)
print(type(__annotations__).__name__)

# Annotations inside compound statements still land in the module's dict.
if MAX_RETRIES > 1:
    verbose: bool = False
for i in range(2):
    counter: int = i
try:
    port: int = int("8080")
except ValueError:
    port: str = "?"
match port:
    case 8080:
        scheme: str = "http"

print(list(__annotations__))
print(verbose, counter, port, scheme)

# Annotating an existing name again replaces its entry but keeps its place.
MAX_RETRIES: "the retry budget" = 5
print(__annotations__["MAX_RETRIES"], list(__annotations__)[0])


# Attribute and subscript targets are evaluated but never recorded.
class Settings:
    pass


settings = Settings()
cache = {}
settings.debug: bool = True
cache["answer"]: int = 42
note("object of an attribute target", settings).level: note("its annotation", int)
note("object of a subscript target", cache)[note("the key", "k")]: note("its annotation", str)
(parenthesised): note("annotation of a non-simple name", list) = [1, 2]
print(settings.debug, cache, parenthesised)
print("debug" in __annotations__, "answer" in __annotations__, "parenthesised" in __annotations__)

# The dict is an ordinary, mutable module global.
__annotations__["extra"] = dict
print(sorted(__annotations__)[:3], len(__annotations__))
