# An expression evaluator over small AST classes with __match_args__,
# the way dataclasses would define them.
class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f"Num({self.value!r})"


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def __repr__(self):
        return f"BinOp({self.op!r}, {self.left!r}, {self.right!r})"


class Neg:
    __match_args__ = ("operand",)

    def __init__(self, operand):
        self.operand = operand


class Var:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name


def evaluate(node, env):
    match node:
        case Num(value):
            return value
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound variable {name}")
        case Neg(Neg(inner)):
            return evaluate(inner, env)
        case Neg(operand):
            return -evaluate(operand, env)
        case BinOp("+", left, right):
            return evaluate(left, env) + evaluate(right, env)
        case BinOp("-", left, right):
            return evaluate(left, env) - evaluate(right, env)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", left, right):
            return evaluate(left, env) * evaluate(right, env)
        case BinOp("/", _, Num(0)):
            raise ZeroDivisionError("division by literal zero")
        case BinOp("/", left, right):
            return evaluate(left, env) / evaluate(right, env)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op!r}")
        case _:
            raise TypeError(f"not a node: {node!r}")


def simplify(node):
    match node:
        case BinOp("+", Num(0), other) | BinOp("+", other, Num(0)):
            return simplify(other)
        case BinOp("*", Num(1), other) | BinOp("*", other, Num(1)):
            return simplify(other)
        case BinOp(op, left, right):
            return BinOp(op, simplify(left), simplify(right))
        case _:
            return node


env = {"x": 6, "y": 7}
exprs = [
    Num(4),
    BinOp("+", Num(1), BinOp("*", Var("x"), Var("y"))),
    Neg(Neg(Var("x"))),
    Neg(BinOp("-", Num(10), Num(3))),
    BinOp("*", Var("nope"), Num(0)),
    BinOp("/", Var("x"), Num(4)),
    BinOp("/", Var("x"), Num(0)),
    BinOp("%", Num(1), Num(2)),
    Var("z"),
    "x + 1",
]
for e in exprs:
    try:
        print(evaluate(e, env))
    except (NameError, ZeroDivisionError, ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)

print(simplify(BinOp("+", Num(0), BinOp("*", Var("x") if False else Num(5), Num(1)))))
print(simplify(BinOp("-", BinOp("+", Num(2), Num(0)), Num(1))))
