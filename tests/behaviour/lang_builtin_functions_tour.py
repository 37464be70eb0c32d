# A tour of builtin functions on a small inventory, the way a tutorial
# chapter on builtins walks through them.
class Product:
    def __init__(self, name, price, tags=()):
        self.name, self.price, self.tags = name, price, frozenset(tags)

    def __repr__(self):
        return f"Product({self.name!r})"


stock = [Product("tea", 4.5, ["drink"]), Product("café", 3.25, ["drink", "hot"]), Product("scone", 2.0)]
print(ascii(stock), repr(stock[1].name), ascii("naïve ✓"))
print(bin(42), oct(42), hex(255), hex(-255), format(255, "#010b"), format(3.14159, ".2f"), format("x", "^5"))
print(callable(Product), callable(stock[0]), callable(len), callable(None))
print(issubclass(bool, (str, int)), isinstance(3, (float, str)), issubclass(Product, object))
print(getattr(stock[0], "price"), getattr(stock[0], "weight", "n/a"), hasattr(stock[0], "tags"))
setattr(stock[2], "price", 2.5)
delattr(stock[2], "tags")
print(stock[2].price, hasattr(stock[2], "tags"))
print(sorted(stock, key=lambda p: p.price), max(stock, key=lambda p: p.price).name, min(p.price for p in stock))
print(sum(p.price for p in stock), round(sum(p.price for p in stock) / len(stock), 3), divmod(17, 5), pow(2, 10, 1000))
print(list(zip("abc", range(3))), list(enumerate(["x", "y"], start=1)), list(map(str.upper, ["a", "b"])))
print(list(filter(None, [0, 1, "", "z"])), list(reversed(range(3))), any([]), all([]))
print(hash("tea") == hash("tea"), hash(1) == hash(1.0), hash((1, 2)) == hash((1, 2)), hash(stock[0].tags) == hash(frozenset(["drink"])))
print(chr(9749), ord("é"), len("café"), len("café".encode()), str(b"ok", "ascii"), int("ff", 16), float(" 1e3 "))
print(type(stock[0]).__name__, type(3) is int, type("") == str)
print(frozenset("abc") | {"d"} == {"a", "b", "c", "d"}, {"a"} < frozenset("ab"), frozenset().union([1, 2]))
print(sorted(frozenset([3, 1, 2]).difference({2})), frozenset([1, 2]).isdisjoint([3]), frozenset([1]).issubset(range(3)))
print(dict.fromkeys(["a", "b"], 0), {"a": 1} | {"b": 2}, {"k": 1}.setdefault("k", 5), sorted({"x": 1, "y": 2}.items()))
d = {"one": 1, "two": 2}
print(d.popitem(), d, d.get("zero", 0))
nums = [5, 3, 8, 1]
nums.sort(reverse=True)
print(nums, sorted(["Banana", "apple", "cherry"], key=str.lower), sorted("bca", reverse=True))
