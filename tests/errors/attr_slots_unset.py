class Pair:
    __slots__ = ("left", "right")

    def __init__(self, left):
        self.left = left


pair = Pair(1)
print(pair.left)
print(pair.right)
