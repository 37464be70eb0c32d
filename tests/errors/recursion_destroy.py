x = []
for _ in range(1000000):
    x = [x]
print("built")
x = None
print("freed")
