readings = {"peak": 2+1j}
match readings:
    case {"peak": 2.5+1.5}:
        print("peak")
