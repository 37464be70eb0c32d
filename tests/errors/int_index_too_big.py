# Indexing a list with a number beyond index size.
rows = [10, 20, 30]
i = 2**64
print(rows[i])
