"""itertools the way its documentation recipes and tutorials use it."""
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress, count, cycle,
                       dropwhile, filterfalse, groupby, islice, pairwise, permutations, product, repeat, starmap,
                       takewhile, tee, zip_longest)
import operator

def take(n, iterable):
    return list(islice(iterable, n))

def batched(iterable, n):
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))

def sliding_window(iterable, n):
    iters = tee(iterable, n)
    for i, it in enumerate(iters):
        for _ in range(i):
            next(it, None)
    return zip(*iters)

print("take:", take(5, count(10, 5)))
print("count repr:", count(), count(3), count(2.5, 0.5), count(0, -1))
print("repeat repr:", repeat("x"), repeat("x", 3), list(repeat(None, 2)))
print("cycle:", take(7, cycle("ABC")))
print("batched:", list(batched(range(10), 4)))
print("grouper:", list(grouper("ABCDEFG", 3, "x")))
print("powerset:", list(powerset([1, 2, 3])))
print("unique_justseen:", list(unique_justseen("AAAABBBCCDAABBB")))
print("sliding:", list(sliding_window("abcde", 3)))
print("running total:", list(accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8])))
print("running max:", list(accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)))
print("with initial:", list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=5)))
print("compound interest:", [round(x, 2) for x in accumulate(repeat(0.05, 3), lambda bal, r: bal * (1 + r), initial=1000)])
print("compress:", list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print("dropwhile/takewhile:", list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print("filterfalse:", list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, "", 1, "a"])))
words = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])
for letter, group in groupby(words, key=lambda w: w[0]):
    print("group", letter, list(group))
print("groupby keys:", [k for k, _ in groupby("aaabbcaa")])
print("islice:", list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)),
      list(islice("ABCDEFG", 0, None, 2)))
print("pairwise:", list(pairwise([1, 2, 4, 7])), [b - a for a, b in pairwise([1, 2, 4, 7])])
print("starmap:", list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
a, b, c = tee(iter([1, 2, 3]), 3)
print("tee:", list(a), next(b), list(b), list(c))
print("zip_longest:", list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()))
print("product:", list(product("ab", [0, 1])), len(list(product(range(3), repeat=3))))
print("permutations:", list(permutations("ABC", 2)), len(list(permutations(range(4)))))
print("combinations:", list(combinations("ABCD", 2)), list(combinations(range(3), 5)))
print("with replacement:", list(combinations_with_replacement("ABC", 2)))
print("chain:", list(chain("AB", (1, 2), [None])), type(chain()).__name__)
deck = list(product("23456789TJQKA", "shdc"))
print("deck:", len(deck), deck[:3], deck[-1])
pairs = sum(1 for x, y in combinations(range(10), 2) if (x + y) % 3 == 0)
print("pairs with sum divisible by 3:", pairs)
for bad in (lambda: islice("abc", -1), lambda: islice("abc", 1, 2, 0), lambda: list(permutations("ab", -1))):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    repeat()
except TypeError as e:
    print("TypeError:", e)
print("lazy:", next(map(str.upper, cycle("xyz"))), next(filter(lambda n: n > 100, count())))
