# Base64 by hand with binascii, the layer under the base64 module.
import binascii

for raw in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(250, 256))]:
    enc = binascii.b2a_base64(raw)
    print(raw, enc, binascii.a2b_base64(enc) == raw)
print(binascii.b2a_base64(b"hi", newline=False), binascii.a2b_base64("aGk="), binascii.a2b_base64(b"aGVs\nbG8=\n"))
print(binascii.a2b_base64(b"aG VsbG8*gd29y!bGQ="), binascii.a2b_base64(b"YW=Jj"), binascii.a2b_base64(b"aGk=trailing"))
for bad in [b"abc", b"abcde", b"a===", "é"]:
    try:
        binascii.a2b_base64(bad)
    except binascii.Error as e:
        print("binascii.Error:", e)
    except ValueError as e:
        print("ValueError:", e)
for bad in [b"=YWJj", b"YW!Jj", b"YWJj==xx", b"YWI=x"]:
    try:
        binascii.a2b_base64(bad, strict_mode=True)
    except binascii.Error as e:
        print("strict:", e)
