# Routing HTTP-like requests given as dicts with mapping patterns.
def route(request):
    match request:
        case {"method": "GET", "path": "/"}:
            return 200, "index"
        case {"method": "GET", "path": "/users", "query": {"page": int(page)}}:
            return 200, f"users page {page}"
        case {"method": "GET", "path": "/users"}:
            return 200, "users page 1"
        case {"method": "POST", "path": "/users", "body": {"name": str(name), **rest}}:
            extra = sorted(rest) if rest else "none"
            return 201, f"created {name} (extra fields: {extra})"
        case {"method": "DELETE", "path": path} if path.startswith("/users/"):
            return 204, f"deleted user {path.rsplit('/', 1)[1]}"
        case {"method": "GET" | "HEAD" as method, "path": str(path)}:
            return 404, f"{method} {path} not found"
        case {"method": method}:
            return 405, f"method {method} not allowed"
        case _:
            return 400, "bad request"


requests = [
    {"method": "GET", "path": "/"},
    {"method": "GET", "path": "/users", "query": {"page": 3}},
    {"method": "GET", "path": "/users", "query": {"page": "3"}},
    {"method": "GET", "path": "/users"},
    {"method": "POST", "path": "/users", "body": {"name": "ann", "age": 31, "admin": False}},
    {"method": "POST", "path": "/users", "body": {"name": "bob"}},
    {"method": "POST", "path": "/users", "body": {"name": 17}},
    {"method": "DELETE", "path": "/users/42"},
    {"method": "DELETE", "path": "/posts/1"},
    {"method": "HEAD", "path": "/missing"},
    {"path": "/"},
    ["GET", "/"],
    "GET /",
]
for req in requests:
    status, body = route(req)
    print(status, body)
