# Captures bind in the enclosing scope: function locals, closures via
# nonlocal, globals, class bodies, and comprehensions calling helpers.
total = None


def set_global(data):
    global total
    match data:
        case {"total": total}:
            pass
    return total


print(set_global({"total": 12}), total)


def outer():
    found = "nothing"

    def inner(item):
        nonlocal found
        match item:
            case ["found", found]:
                return True
        return False

    inner(["lost", 1])
    inner(["found", "treasure"])
    return found


print(outer())


class Config:
    match ("debug", True):
        case (name, flag):
            setting = f"{name}={flag}"


print(Config.setting, Config.name, Config.flag)


def first_word(s):
    match s.split():
        case [w, *_]:
            return w
        case []:
            return None


print([first_word(s) for s in ["hello world", "", "  spaced  out "]])


def loop():
    results = []
    for item in [1, "two", [3], {"four": 4}, 5.0]:
        match item:
            case int() | float():
                continue
            case str(s):
                results.append(s.upper())
            case [x]:
                results.append(x)
                break
    return results


print(loop())
