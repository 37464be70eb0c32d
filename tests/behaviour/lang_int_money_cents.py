# Money in integer cents: a ledger of many items, totals far beyond 64 bits.
class Ledger:
    def __init__(self, name):
        self.name = name
        self.entries = []

    def add(self, description, cents):
        self.entries.append((description, cents))

    def total(self):
        return sum(cents for _, cents in self.entries)

    def report(self):
        total = self.total()
        dollars, cents = divmod(abs(total), 100)
        sign = "-" if total < 0 else ""
        return f"{self.name}: {sign}${dollars:,}.{cents:02d}"


national = Ledger("national debt")
for year in range(1990, 2031, 5):
    national.add(f"deficit {year}", 10**15 * (year - 1980) + 99)
print(national.report())
hyper = Ledger("hyperinflation")
price = 100
for month in range(24):
    hyper.add(f"month {month}", price)
    price *= 1000
print(hyper.report())
print(len(str(hyper.total())), "digits")
refunds = Ledger("refunds")
refunds.add("big refund", -(2**70) - 1)
print(refunds.report())
rate_num, rate_den = 7, 100
interest = hyper.total() * rate_num // rate_den
print(f"{interest:,}")
print(round(hyper.total(), -40))
