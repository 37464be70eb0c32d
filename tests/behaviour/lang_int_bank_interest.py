# Compound interest on an account kept in exact integer micro-units.
class Account:
    SCALE = 10**6

    def __init__(self, owner, deposit):
        self.owner = owner
        self.balance = deposit * self.SCALE

    def apply_interest(self, percent_per_year, years):
        for _ in range(years):
            self.balance = self.balance * (100 + percent_per_year) // 100

    def __str__(self):
        whole, frac = divmod(self.balance, self.SCALE)
        return f"{self.owner}: {whole:,}.{frac:06d}"


acct = Account("Methuselah", 100)
acct.apply_interest(5, 969)
print(acct)
print(len(str(acct.balance)), "digits of micro-units")
slow = Account("Tortoise", 1)
slow.apply_interest(1, 3000)
print(slow)
print(acct.balance > slow.balance, acct.balance // slow.balance)
