#!/usr/bin/env python3
"""Differential check of the sandbox's _sre against CPython 3.11's: random
patterns (groups, lookarounds, atomic groups, possessive and lazy
repeats, anchors, classes, non-ASCII letters whose case folds are
special) compiled by CPython's re compiler, run on random subjects by both
through _sre.compile; any difference in search/findall/split/subn/
fullmatch/match results is reported with the program that shows it.

Usage: diff_sre.py BINARY [FIRST_SEED [COUNT]]     (run under CPython 3.11)
"""
import pathlib
import random
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from gen_sre_programs import compile_args  # noqa: E402

ATOMS = ["a", "b", "c", "x", ".", r"\w", r"\d", r"\s", "[ab]", "[^a]", r"\b", r"\B", "^", "$", "é", "É",
         "[a-cé]", "ß", "ſ", "s", "K", "σ", "Σ", "[ς-ω]", "[k-s]"]
SUBJECT_CHARS = "abcxé É\n_1ßſSsKkσΣςK"
SHOW = '''import _sre
def show(p, s):
    try:
        m = p.search(s)
        print(m and (m.span(), m.groups(), m.lastindex), p.findall(s), p.split(s),
              p.subn(lambda m: "<" + m.group() + ">", s), p.fullmatch(s) is not None, p.match(s) and p.match(s).regs)
    except Exception as e:
        print(type(e).__name__, e)
'''


def pattern(rnd, depth=0):
    out = ""
    for _ in range(rnd.randint(1, 3)):
        r = rnd.random()
        if depth < 3 and r < 0.25:
            kind = rnd.choice(["(", "(?:", "(?P<g%d>" % rnd.randint(0, 999), "(?=", "(?!", "(?>", "(?<=a)("])
            out += kind + pattern(rnd, depth + 1) + ")"
        elif depth < 3 and r < 0.35:
            out += "(?:" + pattern(rnd, depth + 1) + "|" + pattern(rnd, depth + 1) + ")"
        else:
            out += rnd.choice(ATOMS)
        if rnd.random() < 0.4:
            out += rnd.choice(["*", "+", "?", "*?", "+?", "??", "{1,2}", "{2}", "*+", "++", "{0,3}?"])
    return out


def program(seed, patterns=150):
    rnd = random.Random(seed)
    lines = [SHOW]
    while len(lines) <= patterns:
        pat = pattern(rnd)
        flags = rnd.choice([0, re.I, re.I, re.M, re.S, re.A, re.I | re.A])
        try:
            args = compile_args(pat, flags)
        except re.error:
            continue
        lines.append("p = _sre.compile(%r, %d, %r, %d, %r, %r)" % args)
        for _ in range(4):
            s = "".join(rnd.choice(SUBJECT_CHARS) for _ in range(rnd.randint(0, 12)))
            lines.append("show(p, %r)" % s)
    return "\n".join(lines) + "\n"


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = sys.argv[1]
    first = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    bad = 0
    for seed in range(first, first + count):
        with tempfile.TemporaryDirectory() as d:
            f = pathlib.Path(d) / f"sre_seed_{seed}.py"
            f.write_text(program(seed))
            want = subprocess.run([sys.executable, str(f)], capture_output=True, text=True).stdout
            got = subprocess.run([binary, "run", str(f)], capture_output=True, text=True, timeout=300).stdout
            if want != got:
                bad += 1
                keep = pathlib.Path.cwd() / f.name
                keep.write_text(f.read_text())
                print(f"seed {seed}: outputs differ; program kept as {keep}")
    print(f"{count - bad} of {count} seeds agree")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
