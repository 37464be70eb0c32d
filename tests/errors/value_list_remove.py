items = [1, 2]
items.remove(3)
