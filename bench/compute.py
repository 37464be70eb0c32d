"""Benchmark: plain computation (calls, loops, dict, list and str work), no asyncio."""


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def word_stats(rounds):
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    counts = {}
    for r in range(rounds):
        w = words[r % len(words)] + str(r % 97)
        counts[w] = counts.get(w, 0) + 1
    return len(counts), max(counts.values())


def list_work(n):
    data = [(i * 7919) % 10007 for i in range(n)]
    data.sort()
    evens = [x for x in data if x % 2 == 0]
    return sum(evens[::3]), len(evens)


def str_work(n):
    parts = []
    for i in range(n):
        s = f"item-{i:05d}"
        parts.append(s.upper().replace("ITEM", "it"))
    joined = ",".join(parts)
    return len(joined), joined.count("it-0"), joined[-12:]


print("fib(27) =", fib(27))
print("longest collatz below 100000:", max(range(1, 100000), key=collatz_len))
print("word stats:", word_stats(600000))
print("list work:", list_work(600000))
print("str work:", str_work(300000))
