class Counter:
    def count(self, n):
        return self.count(n + 1)
Counter().count(0)
