# Value patterns (dotted names) compare with ==; a bare name would capture.
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class Http:
    OK = 200
    NOT_FOUND = 404

    class Redirect:
        MOVED = 301
        FOUND = 302


def describe(code):
    match code:
        case Http.OK:
            return "ok"
        case Http.NOT_FOUND:
            return "not found"
        case Http.Redirect.MOVED | Http.Redirect.FOUND:
            return "redirect"
        case _:
            return "other"


for c in [200, 404, 301, 302, 500, 200.0]:
    print(c, describe(c))


def paint(color):
    match color:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case other:
            return f"unknown colour {other}"


for c in ["red", "green", "blue", "pink"]:
    print(c, paint(c))

RED = "red"
match "green":
    case RED:
        print("a bare name captures anything:", RED)
