# if/elif/else, while/else, for/else, break, continue, pass
for n in [-1, 0, 5, 50]:
    if n < 0:
        print(n, "negative")
    elif n == 0:
        print(n, "zero")
    elif n < 10:
        print(n, "small")
    else:
        print(n, "large")
i = 0
while i < 3:
    i += 1
else:
    print("while finished normally at", i)
while True:
    i += 1
    if i == 5:
        continue
    if i > 6:
        break
    print("loop", i)
else:
    print("never")
for x in range(5):
    if x == 3:
        print("found 3")
        break
else:
    print("not found")
for x in range(2):
    pass
else:
    print("for finished normally, x =", x)
for x in range(6):
    if x % 2:
        continue
    print("even", x)
