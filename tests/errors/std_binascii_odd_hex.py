# Decoding a hex string that lost its last digit in transmission.
import binascii

for text in ["cafe", "deadbeef", "abc"]:
    print(binascii.unhexlify(text))
