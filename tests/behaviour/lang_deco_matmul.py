# The matrix multiplication operator: __matmul__, __rmatmul__, __imatmul__.

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __matmul__(self, other):
        if isinstance(other, Matrix):
            cols = list(zip(*other.rows))
            return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])
        if isinstance(other, list):
            return [sum(a * b for a, b in zip(row, other)) for row in self.rows]
        return NotImplemented

    def __rmatmul__(self, other):
        if isinstance(other, list):
            cols = list(zip(*self.rows))
            return [sum(a * b for a, b in zip(other, col)) for col in cols]
        return NotImplemented

    def __repr__(self):
        return f"Matrix({self.rows})"


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b)
print(b @ a)
print(a @ [1, 1])
print([1, 1] @ a)
c = a
c @= b
print(c, c is a)
try:
    a @ 3
except TypeError as e:
    print("TypeError:", e)
try:
    2 @ 3
except TypeError as e:
    print("TypeError:", e)


class Accumulating(Matrix):
    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self


m = Accumulating([[2, 0], [0, 2]])
before = m
m @= Matrix([[1, 1], [0, 1]])
print(m, m is before, type(m).__name__)
try:
    x = 5
    x @= 2
except TypeError as e:
    print("TypeError:", e)
