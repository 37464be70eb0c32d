# print: sep, end, flush, several arguments, non-str arguments, unicode text
print("a", 1, 2.5, None, True, [1], sep="|")
print("no sep", "between", sep="")
print("flushed", flush=True)
print("partial", end="")
print("", end="")
print(" line", end="\n")
print("多", "语言", sep="·", end="！\n")
s = "协程与事件循环"
print(s, len(s), s[0], s[-2:], s.encode()[:6], len(s.encode()))
print(f"{s:>10}|{s:*<9}|")
