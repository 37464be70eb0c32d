# Parsing a tiny text protocol on bytes, as socket code does before decoding.
raw = b"HELLO server\r\nuser: ada\r\nmode: fast\r\n\r\nbody\xe9\n"
head, sep, body = raw.partition(b"\r\n\r\n")
lines = head.splitlines()
print(lines, sep, body)
command, _, arg = lines[0].partition(b" ")
print(command.capitalize(), arg.title(), arg.center(12, b"*"), arg.ljust(9, b"."), arg.rjust(9))
fields = dict(line.split(b": ", 1) for line in lines[1:])
print(fields)
print(b"a\tbc\td".expandtabs(4), b"42".zfill(5), b"-7".zfill(4), b"v1.2.3".removeprefix(b"v").rsplit(b".", 1))
print(body.isascii(), b"Hello World".istitle(), b"report.csv".removesuffix(b".csv"), raw.rpartition(b": "))
print(bytes.fromhex("48 65 6c 6c 6f"), bytes.fromhex("DEADbeef").hex(), b"x\x0by\rz\r\nw".splitlines(True))
table = bytes.maketrans(b"abc", b"ABC")
print(b"aabbcc-xyz".translate(table), b"hello world".translate(None, b"lo"), body.title(), b"\xe9t\xe9".capitalize())
try:
    bytes.fromhex("4g")
except ValueError as e:
    print("ValueError:", e)
