# Function annotations: f.__annotations__ is a dict evaluated at def time
# ('return' last), after the defaults; annotations of local variables are
# never evaluated.
def trace(label, value):
    print("  eval", label)
    return value


def deco(fn):
    print("  decorating", fn.__name__)
    return fn


@trace("decorator", deco)
def connect(host: trace("host annotation", str), port: int = trace("port default", 80), *,
            secure: trace("secure annotation", bool) = False) -> trace("return annotation", "Connection"):
    undefined_local: ThisNameDoesNotExist = 1
    return f"{host}:{port} secure={secure}"


print(connect.__annotations__)
print(connect("example.org"))


def everything(a: 1, b: 2, /, c: 3, *args: 4, d: 5, e: 6 = 0, **kwargs: 7) -> 8:
    pass


print(everything.__annotations__)
print(list(everything.__annotations__))


def bare(a, b=1):
    return a


print(bare.__annotations__, bare.__annotations__ is bare.__annotations__)
print((lambda x: x).__annotations__)


def partial_hints(a, b: int, c, d: str = "") -> None:
    pass


print(partial_hints.__annotations__)

# The dict can be replaced, cleared and deleted like any function attribute.
partial_hints.__annotations__ = {"new": bool}
print(partial_hints.__annotations__)
partial_hints.__annotations__ = None
print(partial_hints.__annotations__)
del partial_hints.__annotations__
print(partial_hints.__annotations__)
try:
    partial_hints.__annotations__ = ["no"]
except TypeError as e:
    print("TypeError:", e)


# Closures: annotations are evaluated in the enclosing scope.
def make_converter(target):
    def convert(value: str) -> target:
        return target(value)
    return convert


to_int = make_converter(int)
print(to_int.__annotations__, to_int("41") + 1)


# Methods and properties keep theirs; bound methods expose the function's.
class Account:
    def __init__(self, owner: str, balance: float = 0.0) -> None:
        self.owner = owner
        self.balance = balance

    def deposit(self, amount: float) -> float:
        self.balance += amount
        return self.balance

    @property
    def summary(self) -> str:
        return f"{self.owner}: {self.balance:.2f}"

    @staticmethod
    def parse(text: str) -> "Account":
        owner, _, amount = text.partition("=")
        return Account(owner, float(amount))


acct = Account.parse("ada=10")
print(Account.__init__.__annotations__)
print(acct.deposit.__annotations__, acct.deposit(2.5))
print(Account.summary.fget.__annotations__, acct.summary)
print(Account.parse.__annotations__)

# An annotation that fails is an error at def time.
try:
    def broken(x: missing_type) -> None:
        pass
except NameError as e:
    print("NameError:", e)
