class Password:
    def _set(self, value):
        self._hash = hash(value) % 1000

    secret = property(fset=_set)


p = Password()
p.secret = "hunter2"
print("stored")
print(p.secret)
