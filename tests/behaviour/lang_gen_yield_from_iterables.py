# `yield from` accepts any iterable.
def everything():
    yield from [1, 2]
    yield from (3, 4)
    yield from "ab"
    yield from range(5, 7)
    yield from {"k1": 1, "k2": 2}
    yield from b"\x08"
    yield from {9: "nine"}.items()

print(list(everything()))

class Countdown:
    """An iterator with only __next__ (and __iter__ returning self)."""
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration(f"liftoff after {self.start_value()}")
        self.n -= 1
        return self.n + 1
    def start_value(self):
        return "countdown"

def launch():
    message = yield from Countdown(3)
    print("result of yield from:", message)
    yield "launched"

print(list(launch()))

class Deck:
    def __init__(self, cards):
        self.cards = cards
    def __iter__(self):
        return iter(self.cards)

def deal(deck):
    r = yield from deck
    print("list iterator returns", r)

print(list(deal(Deck(["A", "K", "Q"]))))

def not_iterable():
    yield from 42

try:
    list(not_iterable())
except TypeError as e:
    print("TypeError:", e)

def gen_of_gen():
    inner = (x * x for x in range(4))
    yield from inner
    print("inner exhausted:", list(inner))

print(list(gen_of_gen()))

def sending():
    got = yield from [10, 20]
    yield got

g = sending()
print(next(g))
try:
    g.send("hi")
except AttributeError as e:
    print("AttributeError:", e)
