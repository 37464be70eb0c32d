# A user ExceptionGroup subclass with extra state, written the way the
# Python docs show: __new__ calls super().__new__(cls, message, excs), and
# derive() keeps the subclass (and its state) across split/subgroup/except*.
class ValidationErrors(ExceptionGroup):
    def __new__(cls, message, excs, form):
        self = super().__new__(cls, message, excs)
        self.form = form
        return self

    def derive(self, excs):
        return ValidationErrors(self.message, excs, self.form)

    def summary(self):
        return f"{self.form}: " + ", ".join(str(e) for e in self.exceptions)


errors = ValidationErrors(
    "signup form invalid",
    [ValueError("age must be positive"), TypeError("name must be str"), ValueError("email missing @")],
    "signup",
)
print(type(errors).__name__, errors.form)
print(str(errors))
print(repr(errors))
print(errors.args)
print(errors.summary())
print(isinstance(errors, ExceptionGroup), isinstance(errors, BaseExceptionGroup))
print([c.__name__ for c in ValidationErrors.__mro__])

values, others = errors.split(ValueError)
print(type(values).__name__, values.form, values.summary())
print(type(others).__name__, others.summary())
print(errors.subgroup(lambda e: "age" in str(e)).summary())

try:
    raise errors
except* ValueError as eg:
    print("ValueError part:", type(eg).__name__, eg.form, len(eg.exceptions))
except* TypeError as eg:
    print("TypeError part:", type(eg).__name__, eg.summary())

try:
    raise errors
except BaseExceptionGroup as eg:
    print("plain except:", eg.form)


# Without a derive override, split() falls back to a plain group.
class Tagged(ExceptionGroup):
    def __new__(cls, message, excs):
        self = super().__new__(cls, message, excs)
        self.tag = message.upper()
        return self


t = Tagged("batch", [KeyError("a"), IndexError("b")])
print(t.tag, type(t).__name__)
m, r = t.split(KeyError)
print(type(m).__name__, type(r).__name__, hasattr(m, "tag"))

# BaseExceptionGroup.__new__ is reachable directly, with its checks.
g = BaseExceptionGroup.__new__(Tagged, "direct", [OSError("x")])
print(type(g).__name__, g.message, hasattr(g, "tag"))
for bad in ((Tagged, "m", []), (Tagged, 3, [ValueError()]), (Tagged, "m", [1]), (int, "m", [ValueError()])):
    try:
        BaseExceptionGroup.__new__(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    Tagged("mixed", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
