# Packing a sensor reading that does not fit the header's signed byte.
import _struct as struct

HEADER = struct.Struct("<bH")
for temperature, count in [(21, 5), (-40, 7), (150, 1)]:
    print(HEADER.pack(temperature, count).hex())
