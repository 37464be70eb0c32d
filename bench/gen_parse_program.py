#!/usr/bin/env python3
"""Writes the parse-speed benchmark: a 10,000-line Python program.

A student's big file, not a synthetic one-liner repeated: classes with
methods, functions with loops, comprehensions, f-strings, dict and list
literals, try/except and async functions, in blocks that vary by a counter.
The program defines everything and then calls a few functions, so its time
is dominated by reading, parsing and compiling the source.

Usage: bench/gen_parse_program.py OUT.py [LINES]   (bench/run.py calls it)
"""
import sys

BLOCK = '''\
class Account{n}:
    """A bank account, number {n}."""

    rate = {n} % 7 / 100

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"bad amount {{amount}} for {{self.owner}}")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def report(self):
        lines = [f"{{kind:>8}} {{amount:8.2f}}" for kind, amount in self.history]
        return "\\n".join(lines) or "(empty)"


def process{n}(items, limit={n}):
    total = 0
    seen = {{}}
    for i, item in enumerate(items):
        if i > limit:
            break
        key = item % 13
        seen[key] = seen.get(key, 0) + 1
        try:
            total += item // (key - 3)
        except ZeroDivisionError:
            total -= 1
    squares = {{k: v * v for k, v in seen.items() if v > 1}}
    return total, sorted(squares), [x for x in items if x % 2 == 0][:3]


async def fetch{n}(client, url, retries=3):
    for attempt in range(retries):
        response = await client.get(url, timeout=1.5 + attempt)
        if response.status == 200:
            return {{"url": url, "size": len(response.body), "attempt": attempt}}
    return None


'''


def generate(lines):
    blocks = []
    count = 0
    n = 0
    block_lines = BLOCK.count("\n")
    while count + block_lines <= lines - 4:
        blocks.append(BLOCK.format(n=n))
        count += block_lines
        n += 1
    tail = (f"acc = Account{n - 1}('ada', 10)\n"
            f"acc.deposit(5)\n"
            f"print(acc.balance, process0(list(range(40))), Account{n - 1}.rate)\n")
    return "".join(blocks) + tail


def main():
    out = sys.argv[1]
    lines = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    with open(out, "w", encoding="utf-8") as f:
        f.write(generate(lines))


if __name__ == "__main__":
    main()
