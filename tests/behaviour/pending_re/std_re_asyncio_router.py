import asyncio
import re

ROUTES = [
    (re.compile(r"^/users/(?P<user_id>\d+)$"), "user_detail"),
    (re.compile(r"^/users/(?P<user_id>\d+)/posts/(?P<slug>[\w-]+)$"), "post_detail"),
    (re.compile(r"^/search$"), "search"),
]


def route(path):
    for pattern, name in ROUTES:
        m = pattern.match(path)
        if m:
            return name, {k: int(v) if v.isdigit() else v for k, v in m.groupdict().items()}
    return None, {}


async def handle(path, delay):
    await asyncio.sleep(delay)
    name, params = route(path)
    print(f"{asyncio.get_running_loop().time():.1f} {path} -> {name} {params}")
    return name


async def main():
    paths = ["/users/42", "/users/7/posts/hello-world", "/search", "/nope", "/users/x"]
    results = await asyncio.gather(*(handle(p, 0.1 * (len(paths) - i)) for i, p in enumerate(paths)))
    print(results)


asyncio.run(main())
