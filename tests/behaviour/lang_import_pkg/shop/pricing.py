from . import models

DISCOUNTS = {"book": 0.1}

def line_price(item: models.Item) -> float:
    return item.price * item.qty * (1 - DISCOUNTS.get(item.name, 0))

def total(cart):
    return sum(line_price(i) for i in cart.items)
