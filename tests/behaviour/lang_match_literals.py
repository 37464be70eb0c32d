# Literal patterns: numbers (negative too), strings, bytes, None/True/False
# compared by identity, and == for the others (1 == 1.0 == True).
def kind(value):
    match value:
        case True:
            return "the True singleton"
        case False:
            return "the False singleton"
        case None:
            return "None"
        case 0:
            return "zero (==)"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.25:
            return "minus two and a quarter"
        case "":
            return "empty string"
        case "spam" | "eggs":
            return "breakfast"
        case b"raw":
            return "raw bytes"
        case 0x10:
            return "sixteen"
        case 1_000:
            return "a thousand"
        case _:
            return "something else: " + repr(value)


for v in [True, False, None, 0, 0.0, -1, -1.0, 1, 1.0, 1.5, -2.25, "", "spam", "eggs", b"raw", "raw",
          16, 1000, 1000.0, [], (), 2]:
    print(repr(v), "->", kind(v))
