"""A small shop package: models, pricing and a facade."""
from .models import Item, Cart
from .pricing import total, DISCOUNTS

__all__ = ["Item", "Cart", "total", "checkout"]

def checkout(cart):
    return f"{len(cart.items)} items, total {total(cart):.2f}"
