# Text statistics with many str methods, as a word-count tutorial does.
TEXT = """The quick brown fox\tjumps over the lazy dog.
THE DOG sleeps; the fox runs!   
  Straße, café and naïve words count too.
"""

lines = TEXT.splitlines()
print(len(lines), [len(l) for l in lines])
print([l.expandtabs(4) for l in lines][0])
table = str.maketrans({".": None, ";": None, "!": None, ",": None})
words = [w.casefold() for w in TEXT.translate(table).split()]
print(words[:6], len(words))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(top)
print("straße".casefold(), "STRASSE".casefold() == "straße".casefold())
head, sep, tail = lines[0].partition(" fox")
print(repr(head), repr(sep), repr(tail))
print(lines[1].rpartition(" "), lines[1].rstrip().rpartition(" "))
print("7".zfill(3), "-7".zfill(4), "+3.5".zfill(6), "abc".zfill(2))
print("report_2023.txt".removeprefix("report_").removesuffix(".txt"), "x".removeprefix("y"))
print("{name}: {count}".format_map({"name": "fox", "count": freq["fox"]}))
print("Title Case Words".swapcase(), "hello world".title(), "hello world".capitalize())
print("a,b,,c".split(","), "a,b,,c".rsplit(",", 1), "  x  ".strip(), "xxhixx".strip("x"))
print("tab\there".expandtabs(), repr("a\tb\tc".expandtabs(2)))
print("ab".center(6, "*"), "ab".ljust(5, "-"), "ab".rjust(5, "."))
print("hello".count("l"), "hello".find("l"), "hello".rfind("l"), "hello".index("e"), "hello".rindex("l"))
print("Hello World".istitle(), "abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "١٢٣".isdecimal(), "²".isdigit(), "²".isnumeric())
print(" ".isspace(), "abc".islower(), "ABC".isupper(), "a_b".isidentifier(), "\x07".isprintable(), "é".isascii())
print("one two three".split(maxsplit=1), "a\nb\r\nc".splitlines(keepends=True))
print("-".join(["2023", "01", "15"]), "abc".startswith(("x", "a")), "abc".endswith("bc", 1))
print("%s has %d words, %.1f%% are 'the'" % ("TEXT", len(words), 100 * freq["the"] / len(words)))
print(f"{'fox':>8}|{'dog':<8}|{'cat':^8}|")
print("hello".encode(), "café".encode("utf-8"), b"caf\xc3\xa9".decode())
print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("abc", "xyz", "c")))
