# Validating a nested configuration with mapping, sequence and class
# patterns together; errors collected per section.
def check_server(cfg):
    match cfg:
        case {"host": str(host), "port": int(port)} if 0 < port < 65536:
            return f"server {host}:{port}"
        case {"host": str(), "port": port}:
            return f"error: bad port {port!r}"
        case {"host": _}:
            return "error: missing port"
        case _:
            return "error: server section must have a host"


def check_users(users):
    out = []
    for u in users:
        match u:
            case {"name": str(name), "roles": [*roles]} if all(isinstance(r, str) for r in roles):
                out.append(f"{name}({','.join(roles) or '-'})")
            case {"name": str(name), "roles": bad}:
                out.append(f"{name}: roles must be a list of strings, got {bad!r}")
            case {"name": str(name)}:
                out.append(f"{name}(guest)")
            case other:
                out.append(f"invalid user {other!r}")
    return out


def check(config):
    match config:
        case {"server": server, "users": [*users], **extra}:
            print(check_server(server))
            for line in check_users(users):
                print("  ", line)
            if extra:
                print("   unknown sections:", sorted(extra))
        case {"server": server}:
            print(check_server(server), "(no users)")
        case _:
            print("not a config")


check({"server": {"host": "localhost", "port": 8080},
       "users": [{"name": "root", "roles": ["admin"]}, {"name": "ann", "roles": []}, {"name": "guest"},
                 {"name": "eve", "roles": "admin"}, "bob"],
       "logging": {}, "cache": True})
check({"server": {"host": "example.org", "port": 70000}, "users": ()})
check({"server": {"host": "example.org"}})
check({"server": {"port": 1}})
check(["server"])
