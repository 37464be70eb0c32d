# **rest is a fresh dict in the subject's key order without the matched
# keys; changing it leaves the subject alone.
settings = {"theme": "dark", "font": "mono", "size": 12, "wrap": True}
match settings:
    case {"size": size, "theme": theme, **others}:
        print(size, theme, others)
        others["font"] = "serif"
        print(settings["font"], others is settings)

match {}:
    case {**empty}:
        print("empty rest:", empty)

match {"only": 1}:
    case {"only": _, **nothing}:
        print("nothing left:", nothing)

orders = [
    {"id": 1, "item": "tea", "qty": 2, "note": "no sugar"},
    {"id": 2, "item": "cake"},
    {"id": 3, "qty": 1},
]
for o in orders:
    match o:
        case {"id": i, "item": item, **extra} if extra:
            print(f"order {i}: {item} with {extra}")
        case {"id": i, "item": item}:
            print(f"order {i}: {item}")
        case {"id": i, **extra}:
            print(f"order {i} has no item; extra {extra}")
