config = {"host": "a"}
match config:
    case {"host": h, "port": p, "host": again}:
        print(h)
