# random is seeded with 0 at start; the same numbers as CPython's Mersenne Twister
import random

print(random.random(), random.randint(1, 10), random.choice("abc"), random.uniform(1, 2))
random.seed(42)
x = list(range(10))
random.shuffle(x)
print(x, random.sample(range(100), 5), random.randrange(0, 100, 7), random.getrandbits(16))
random.seed("hello")
print(random.random(), random.sample(["a", "b", "c", "d"], 2))
random.seed(2.5)
print(random.random())
for f in [lambda: random.choice([]), lambda: random.randrange(5, 5), lambda: random.sample([1], 2)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
