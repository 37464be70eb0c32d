# PEP 604 unions in annotations and checks: `int | None`, `str | list[str]`
# build types.UnionType objects that print as written, flatten and drop
# duplicates, compare regardless of order, and work with isinstance.
import asyncio


class User:
    def __init__(self, name: str, email: str | None = None) -> None:
        self.name = name
        self.email = email


def find_user(users: list[User], name: str) -> User | None:
    for u in users:
        if u.name == name:
            return u
    return None


def parse_port(value: str | int | None) -> int:
    if isinstance(value, int | None):
        return value or 8080
    return int(value)


print(User.__init__.__annotations__)
print(find_user.__annotations__)
print(parse_port.__annotations__)
print(parse_port("9000"), parse_port(None), parse_port(443))
users = [User("ada", "ada@example.org"), User("alan")]
found = find_user(users, "alan")
print(found.name, found.email, find_user(users, "grace"))

hint = parse_port.__annotations__["value"]
print(type(hint).__name__, hint.__args__)
print(int | str == str | int, int | None == None | int, int | int, int | str | int)
print((int | None) | (str | None), bool | int, len({int | str, str | int}))
for value in [3, "3", 3.0, None, [3]]:
    print(repr(value), isinstance(value, int | str), isinstance(value, (float, list)), isinstance(value, float | None))
print(issubclass(bool, int | str), issubclass(float, int | str))


# A tiny runtime validator that understands unions.
def check(value, hint) -> bool:
    members = getattr(hint, "__args__", None)
    if type(hint).__name__ == "UnionType":
        return any(check(value, m) for m in members)
    if hint is type(None):
        return value is None
    origin = getattr(hint, "__origin__", None)
    if origin is not None:
        return isinstance(value, origin) and all(check(v, members[0]) for v in value)
    return isinstance(value, hint)


schema = {"name": str, "age": int | None, "tags": list[str] | None}
for record in [{"name": "ada", "age": 36, "tags": ["math"]}, {"name": "alan", "age": None, "tags": None},
               {"name": "x", "age": "old", "tags": []}, {"name": "y", "age": 1, "tags": [1, 2]}]:
    bad = [k for k, h in schema.items() if not check(record[k], h)]
    print(record["name"], "ok" if not bad else f"bad fields {bad} (expected {', '.join(str(schema[k]) for k in bad)})")

for expr in ("int | 3", "isinstance(3, list[int])", "issubclass(int, dict[str, int])"):
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)


async def fetch(url: str, timeout: float | None = None) -> bytes | None:
    await asyncio.sleep(timeout or 0.1)
    return None if "missing" in url else url.encode()


async def main() -> None:
    print(fetch.__annotations__)
    results = await asyncio.gather(fetch("a/ok", 0.2), fetch("b/missing"))
    print(results, asyncio.get_running_loop().time())


asyncio.run(main())
