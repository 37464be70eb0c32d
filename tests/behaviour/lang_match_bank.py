# Applying bank transactions described by small classes; keyword patterns
# with nested literal and capture patterns, guards on amounts.
class Deposit:
    __match_args__ = ("account", "amount")

    def __init__(self, account, amount):
        self.account, self.amount = account, amount


class Withdraw(Deposit):
    pass


class Transfer:
    __match_args__ = ("source", "target", "amount")

    def __init__(self, source, target, amount):
        self.source, self.target, self.amount = source, target, amount


balances = {"alice": 100, "bob": 20}
log = []

for tx in [Deposit("alice", 50), Withdraw("bob", 50), Withdraw("bob", 5), Transfer("alice", "bob", 70),
           Transfer("bob", "bob", 1), Transfer("carol", "bob", 1), Deposit("bob", -3), "refund"]:
    match tx:
        case Withdraw(acct, amount) if balances.get(acct, 0) < amount:
            log.append(f"declined: {acct} has {balances.get(acct, 0)}, wanted {amount}")
        case Withdraw(acct, amount):
            balances[acct] -= amount
            log.append(f"{acct} -{amount}")
        case Deposit(amount=amt) if amt <= 0:
            log.append(f"invalid deposit {amt}")
        case Deposit(acct, amount):
            balances[acct] = balances.get(acct, 0) + amount
            log.append(f"{acct} +{amount}")
        case Transfer(a, b, _) if a == b:
            log.append("transfer to self ignored")
        case Transfer(source=src) if src not in balances:
            log.append(f"unknown account {src}")
        case Transfer(src, dst, amount):
            balances[src] -= amount
            balances[dst] += amount
            log.append(f"{src} -> {dst}: {amount}")
        case other:
            log.append(f"unknown transaction {other!r}")

print("\n".join(log))
print(balances)
