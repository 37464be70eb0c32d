t = ()
for _ in range(100000):
    t = (t,)
print(hash(t) is not None)
