# A tokenizer-driven calculator: the parser matches token tuples.
def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            tokens.append(("NUM", int(text[i:j])))
            i = j
        elif ch in "+-*/()":
            tokens.append(("OP", ch))
            i += 1
        else:
            tokens.append(("ERR", ch))
            i += 1
    return tokens


def parse_expr(tokens):
    value, tokens = parse_term(tokens)
    while True:
        match tokens:
            case [("OP", "+"), *rest]:
                rhs, tokens = parse_term(rest)
                value += rhs
            case [("OP", "-"), *rest]:
                rhs, tokens = parse_term(rest)
                value -= rhs
            case _:
                return value, tokens


def parse_term(tokens):
    value, tokens = parse_atom(tokens)
    while True:
        match tokens:
            case [("OP", "*"), *rest]:
                rhs, tokens = parse_atom(rest)
                value *= rhs
            case [("OP", "/"), *rest]:
                rhs, tokens = parse_atom(rest)
                value //= rhs
            case _:
                return value, tokens


def parse_atom(tokens):
    match tokens:
        case [("NUM", n), *rest]:
            return n, rest
        case [("OP", "-"), *rest]:
            v, rest = parse_atom(rest)
            return -v, rest
        case [("OP", "("), *rest]:
            v, rest = parse_expr(rest)
            match rest:
                case [("OP", ")"), *after]:
                    return v, after
                case _:
                    raise SyntaxError("missing )")
        case [(kind, text), *_]:
            raise SyntaxError(f"unexpected {kind} {text!r}")
        case []:
            raise SyntaxError("unexpected end")


for src in ["1 + 2 * 3", "(1 + 2) * 3", "-4 * (2 - 7)", "10 / 3", "2 *", "(1 + 2", "3 $ 4", "8 - -2"]:
    try:
        value, rest = parse_expr(tokenize(src))
        if rest:
            print(src, "-> trailing", rest)
        else:
            print(src, "=", value)
    except SyntaxError as e:
        print(src, "-> error:", e)
