# freeing a 100000-deep [[...]] recursed once per level
a = []
for i in range(100000):
    a = [a]
print("built")
del a
print("freed")
