items = []
while True:
    items.append("abc" * 10)
