# Builtin generics in annotations (PEP 585): list[int], dict[str, float],
# tuple[int, ...] and asyncio.Queue[str] are types.GenericAlias objects that
# print as written and keep __origin__/__args__ for code that inspects them.
import asyncio


class Product:
    def __init__(self, name: str, price: float) -> None:
        self.name, self.price = name, price


class Inventory:
    products: list[Product]
    stock: dict[str, int]
    tags: set[str] = set()
    dimensions: tuple[float, float, float]
    history: tuple[int, ...]
    empty: tuple[()]


def total(prices: dict[str, float], *, discount: float = 0.0) -> float:
    return sum(prices.values()) * (1 - discount)


def group(items: list[tuple[str, int]]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for key, value in items:
        out.setdefault(key, []).append(value)
    return out


for name, hint in Inventory.__annotations__.items():
    print(f"{name:10} {hint!r:32} origin={getattr(hint, '__origin__', None)}")
print(total.__annotations__)
print(group.__annotations__)
print(group([("a", 1), ("b", 2), ("a", 3)]), total({"x": 10.0, "y": 30.0}, discount=0.25))

# Inspecting hints the way small validation libraries do.
def describe(hint):
    origin = getattr(hint, "__origin__", None)
    if origin is None:
        return hint.__name__ if isinstance(hint, type) else repr(hint)
    args = ", ".join(describe(a) if a is not ... else "..." for a in hint.__args__)
    return f"{origin.__name__} of ({args})"


for hint in group.__annotations__.values():
    print(describe(hint))
print(describe(tuple[int, ...]), describe(Inventory.__annotations__["products"]))

# Aliases compare and hash by origin and arguments, and call their origin.
IntList = list[int]
print(IntList == list[int], IntList == list[str], IntList == list, len({IntList, list[int]}))
print(IntList("123"), dict[str, int](a=1), type(IntList()).__name__, IntList.__name__)
print(type(IntList).__name__, IntList.__parameters__)

# Classes that are not generic cannot be subscripted.
for expr in ("int[str]", "Product[int]", "len[int]"):
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)


async def producer(queue: asyncio.Queue[str], names: list[str]) -> None:
    for n in names:
        await queue.put(n)
        await asyncio.sleep(0.1)


async def main() -> None:
    queue: asyncio.Queue[str] = asyncio.Queue()
    print(producer.__annotations__)
    await producer(queue, ["x", "y"])
    print(queue.qsize(), asyncio.Future[int], asyncio.Task[None])


asyncio.run(main())
