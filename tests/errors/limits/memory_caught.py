items = []
try:
    while True:
        items.append([0] * 100)
except MemoryError:
    print("MemoryError caught with", len(items) > 1000, "items")
items = None
print("the program goes on")
