class Item:
    def __init__(self, name, price, qty=1):
        self.name = name
        self.price = price
        self.qty = qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, qty={self.qty})"


class Cart:
    def __init__(self):
        self.items = []

    def add(self, item):
        from ..config import MAX_ITEMS
        if len(self.items) >= MAX_ITEMS:
            raise ValueError(f"cart full ({MAX_ITEMS} items)")
        self.items.append(item)
        return self
