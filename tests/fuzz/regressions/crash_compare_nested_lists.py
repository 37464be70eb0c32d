# == on two 50000-deep [[...]] recursed without limit
a = []
b = []
for i in range(50000):
    a = [a]
    b = [b]
print(a == b)
