# Which objects count as sequences for a sequence pattern: list, tuple and
# range do; str, bytes, dict, set and iterators do not.
def is_seq(x):
    match x:
        case [*_]:
            return True
        case _:
            return False


samples = [[1], (1,), range(2), "ab", b"ab", {"a": 1}, {1, 2}, frozenset([1]), iter([1]), None, 3]
for s in samples:
    print(type(s).__name__, is_seq(s))

match range(10):
    case [0, 1, *middle, 9]:
        print("range elements:", middle)

match range(0, 10, 3):
    case [*_, last]:
        print("last of range(0, 10, 3):", last)

match {"a": 1}:
    case [*_]:
        print("dict as a sequence?")
    case {"a": _}:
        print("a dict is a mapping, not a sequence")
