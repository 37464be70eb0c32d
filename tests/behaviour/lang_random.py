# random: a run starts as if random.seed(0); the Mersenne Twister sequences
import random

print(random.random(), random.random())
print(random.uniform(1, 10), random.randint(1, 6), random.randrange(10), random.randrange(0, 100, 5))
items = ["a", "b", "c", "d", "e"]
print(random.choice(items), random.sample(items, 3), random.sample(range(100), 4))
random.shuffle(items)
print(items)
random.seed(42)
print([random.randint(1, 100) for _ in range(8)])
print([round(random.random(), 6) for _ in range(3)])
random.seed(0)
print(random.random())
print(sorted(random.sample(range(1000), 5)), random.choice("xyz"), random.uniform(-1.5, 1.5))
