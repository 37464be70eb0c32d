# Parsing a malformed complex literal from text.
readings = ["1+2j", "3-4j", "5 + 6j"]
for r in readings:
    print(complex(r))
