# A class-based decorator that works on methods too, by implementing
# __get__ (the classic "decorator class loses self" problem and its fix).

class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0
        self.__name__ = func.__name__
        self.__doc__ = func.__doc__

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)

    def __get__(self, instance, owner):
        if instance is None:
            return self

        def bound(*args, **kwargs):
            return self(instance, *args, **kwargs)
        bound.__name__ = self.__name__
        return bound


class NaiveDecorator:
    def __init__(self, func):
        self.func = func

    def __call__(self, *args):
        return self.func(*args)


@CountCalls
def square(x):
    "Square a number."
    return x * x


class Bank:
    def __init__(self):
        self.total = 0

    @CountCalls
    def deposit(self, amount):
        self.total += amount
        return self.total

    @NaiveDecorator
    def broken(self):
        return "unreachable"


print(square(4), square(5), square.calls, square.__name__, square.__doc__)
bank = Bank()
print(bank.deposit(10), bank.deposit(5), Bank.deposit.calls, bank.deposit.__name__)
print(type(Bank.deposit).__name__)
try:
    bank.broken()
except TypeError as e:
    print("TypeError:", e)
print(Bank.broken(bank))
