# methods calling methods, attributes holding lists and dicts, class-level counters, isinstance over a hierarchy
class Account:
    next_id = 1

    def __init__(self, owner, balance=0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self._record("deposit", amount)
        self.balance += amount
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"{self.owner}: insufficient funds ({self.balance} < {amount})")
        self._record("withdraw", amount)
        self.balance -= amount
        return self

    def _record(self, kind, amount):
        self.history.append((kind, amount))


class Savings(Account):
    rate = 0.02

    def add_interest(self):
        return self.deposit(round(self.balance * self.rate, 2))


a = Account("ann", 100)
s = Savings("sam", 1000)
a.deposit(50).withdraw(30)
s.add_interest().withdraw(500)
for acc in (a, s):
    print(acc.id, acc.owner, acc.balance, acc.history, isinstance(acc, Savings), type(acc).__name__)
try:
    a.withdraw(10000)
except ValueError as e:
    print(e)
print(Account.next_id, Savings.rate, s.rate)
