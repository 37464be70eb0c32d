# Non-ASCII source: offsets are bytes in the code object, characters on the
# line, and East Asian wide characters take two columns.
名前 = {"中": 1}
try:
    値 = 名前["文"] * 2
except KeyError:
    try:
        s = "😀😀"
        x = s / 2
    except TypeError:
        ключ = {"а": 1}
        y = ключ["а"] + ключ["б"]
