# Malformed complex literals in patterns are SyntaxErrors, as CPython
# reports them (compile() of the source).
sources = [
    "match z:\n    case 1j+2j:\n        pass\n",
    "match z:\n    case -1j-2j:\n        pass\n",
    "match z:\n    case 1+2:\n        pass\n",
    "match z:\n    case 1.5-2.5:\n        pass\n",
    "match z:\n    case 1+2j+3j:\n        pass\n",
    "match z:\n    case 1+-2j:\n        pass\n",
    "match z:\n    case {1+2j: a, 1+2j: b}:\n        pass\n",
    "match z:\n    case {1: a, 1+0j: b}:\n        pass\n",
    "match z:\n    case {-1j: a, -0.0-1j: b}:\n        pass\n",
    "match z:\n    case {2j: a, 0+2j: b}:\n        pass\n",
    "match z:\n    case {2.5e20+1e-5j: a, 2.5e20+1e-5j: b}:\n        pass\n",
    "match z:\n    case {1+2j: a, 1-2j: b}:\n        pass\n",
]
for src in sources:
    first = src.splitlines()[1].strip()
    try:
        compile(src, "<pattern>", "exec")
        print(f"{first!r}: compiles")
    except SyntaxError as e:
        print(f"{first!r}: {e.msg} (line {e.lineno}, col {e.offset})")
