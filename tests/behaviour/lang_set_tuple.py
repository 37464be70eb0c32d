# set (add, discard, membership, len) and tuple basics
s = set()
s.add(3)
s.add(1)
s.add(3)
s.discard(7)
s.discard(1)
s.add(2)
print(sorted(s), len(s), 2 in s, 9 in s)
print({1, 2, 3}, {5, 4} == {4, 5}, set() == set(), len({1, 1, 1}))
t = (1, "two", 3.0)
print(t, t[1], len(t), t + (4,), t * 2, 3.0 in t)
a, b, c = t
print(a, b, c, (1, 2) < (1, 3), tuple("ab"), tuple())
