import re

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except re.error as e:
        print(label, "-> re.error:", e, "| pos", e.pos, "lineno", e.lineno, "colno", e.colno)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("unbalanced", lambda: re.compile(r"(abc"))
attempt("bad escape", lambda: re.compile(r"\q"))
attempt("nothing to repeat", lambda: re.compile(r"*a"))
attempt("bad range", lambda: re.compile(r"[z-a]"))
attempt("unknown group", lambda: re.sub(r"(a)", r"\2", "a"))
attempt("bad group name", lambda: re.compile(r"(?P<1x>a)"))
attempt("lookbehind width", lambda: re.compile(r"(?<=a+)b"))
attempt("multiline pos", lambda: re.compile("abc\n(def"))
attempt("flags with pattern", lambda: re.compile(re.compile("a"), re.I))
attempt("str pattern bytes", lambda: re.search("a", b"a"))
attempt("group missing", lambda: re.match("(a)", "a").group(2))
attempt("template bad", lambda: re.match("(a)", "a").expand(r"\g<x>"))
attempt("purge", lambda: re.purge())
print(issubclass(re.error, Exception), re.error.__module__, re.error.__name__)
