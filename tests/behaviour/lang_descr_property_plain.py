# property() called as a function, with doc, and the getter/setter/deleter
# copies it makes.

class Account:
    def __init__(self, owner):
        self._owner = owner
        self._balance = 0

    def get_balance(self):
        return self._balance

    def set_balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    def del_balance(self):
        raise AttributeError("cannot delete balance")

    balance = property(get_balance, set_balance, del_balance, "The current balance.")
    owner = property(lambda self: self._owner.title())
    write_only = property(fset=lambda self, v: setattr(self, "_secret", v))


acct = Account("grace hopper")
acct.balance = 120
print(acct.balance, acct.owner)
print(Account.balance.__doc__)
try:
    acct.balance = -5
except ValueError as e:
    print("ValueError:", e)
try:
    del acct.balance
except AttributeError as e:
    print("AttributeError:", e)
try:
    acct.owner = "someone"
except AttributeError as e:
    print("AttributeError:", e)
acct.write_only = "hunter2"
print(acct._secret)
try:
    print(acct.write_only)
except AttributeError as e:
    print("AttributeError:", e)

p = property(lambda self: 1)
q = p.setter(lambda self, v: None)
r = q.deleter(lambda self: None)
print(p is q, q is r, p.fset is None, q.fset is not None, r.fdel is not None, r.fget is p.fget)


class Late:
    pass


Late.value = property(lambda self: "late")
print(Late().value)
try:
    Late().value = 3
except AttributeError as e:
    print("AttributeError:", e)

print(property().fget, property(doc="only doc").__doc__)
print(Account.balance.__get__(acct, Account), Account.balance.__get__(None, Account) is Account.balance)
Account.balance.__set__(acct, 7)
print(acct.balance)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
