# repr of a 100000-deep [[...]] recursed without limit
a = []
for i in range(100000):
    a = [a]
try:
    print(repr(a)[:5])
except RecursionError as e:
    print("RecursionError:", e)
print(str(a)[:3])
