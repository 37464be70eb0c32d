# A package with __init__, submodules, relative imports and __all__.
from lang_import_pkg.shop import *
import lang_import_pkg.shop.pricing as pricing
from lang_import_pkg import shop

cart = Cart()
cart.add(Item("book", 12.5, 2)).add(Item("pen", 1.25, 4))
print(cart.items)
print(checkout(cart))
print(f"{total(cart):.3f}")
print(pricing.line_price(Item("book", 10)))
print(sorted(name for name in dir() if not name.startswith("_")))
print("DISCOUNTS" in dir(), shop.DISCOUNTS)
print(shop.models.Item is Item, shop.pricing is pricing)
print(Item.__module__, Cart.add.__module__, pricing.line_price.__annotations__ if False else "")
try:
    cart.add(Item("mug", 8))
    cart.add(Item("cup", 3))
except ValueError as e:
    print("ValueError:", e)
