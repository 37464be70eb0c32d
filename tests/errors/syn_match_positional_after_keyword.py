class Point:
    pass


match Point():
    case Point(x=1, 2):
        pass
