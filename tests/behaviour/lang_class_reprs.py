# How classes and their instances print, names, modules, docstrings.
class Account:
    """A bank account."""

    class Transaction:
        """One movement of money."""

        class Kind:
            pass


print(Account)
print(Account.Transaction)
print(Account.Transaction.Kind)
print(Account.__name__, Account.Transaction.__qualname__, Account.Transaction.Kind.__qualname__)
print(Account.__module__, Account.__doc__, Account.Transaction.__doc__)
print(repr(int), repr(ValueError), str(object), type)
print(Account.Transaction.Kind.__name__)


def factory():
    class Local:
        pass
    return Local


print(factory().__qualname__)
print(factory())
err_cls = type("Dynamic", (Exception,), {})
print(err_cls, err_cls.__module__)
print(Account.__dict__["__doc__"], "__module__" in Account.__dict__)
print(type(Account()).__name__, Account().__class__ is Account)
print(Account.__class__, type(Account.Transaction))
