# hash of a 5000-deep ((...),) works as in CPython; 500000 deep recursed until the stack overflowed
t = ()
for i in range(5000):
    t = (t,)
print(hash(t) == hash(t))
for i in range(495000):
    t = (t,)
try:
    print(hash(t) == hash(t))
except RecursionError as e:
    print("RecursionError:", e)
