class Loop:
    def __str__(self):
        return str(self)
print(Loop())
