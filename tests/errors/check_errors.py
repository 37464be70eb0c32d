#!/usr/bin/env python3
"""Error-message test: the sandbox on tests/errors/*.py (bad programs) against
the CPython 3.11 expectations committed in expected.json.

Usage: check_errors.py [--python PY] [--no-live] [-v] BINARY [PROGRAM.py ...]

For every program the exit status and stdout must be identical, and the first
and last non-empty stderr lines must match exactly (tracebacks through
asyncio's own Python files name paths of the CPython install, so the middle
cannot always match).  The summary also counts programs whose whole stderr
matches, and those that match once CPython's caret lines (`^^^^`, `~~~^~~~`)
are left out.  When a CPython 3.11 is found, the reference runner is also run
live and must still agree with the committed expectation (status, stdout,
first and last stderr lines).
"""
import argparse
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import compare_lib  # noqa: E402
from check_oracle import RUNNER, find_python311  # noqa: E402

CARET = re.compile(r"^\s*[\^~]+\s*$")


def nonempty(text):
    return [l for l in text.splitlines() if l.strip()]


def first_last(text):
    lines = nonempty(text)
    return (lines[0], lines[-1]) if lines else ("", "")


def without_carets(text):
    return "\n".join(l for l in text.split("\n") if not CARET.match(l))


def compare(got, want):
    """(problem or None, level): level is 'full', 'nocaret' or 'firstlast'."""
    if got.status != want["status"]:
        return "exit status %s, CPython %s; stderr ends: %s" % (got.status, want["status"], got.last_err[:200]), None
    if got.out != want["stdout"]:
        return compare_lib.first_difference(got, compare_lib.Run(want["status"], want["stdout"], want["stderr"]),
                                            "sandbox", "CPython"), None
    gf, gl = first_last(got.err)
    wf, wl = first_last(want["stderr"])
    if (gf, gl) != (wf, wl):
        return ("stderr differs:\n  first: %r\n  want:  %r\n  last:  %r\n  want:  %r" % (gf, wf, gl, wl)), None
    if got.err == want["stderr"]:
        return None, "full"
    if without_carets(got.err) == without_carets(want["stderr"]):
        return None, "nocaret"
    return None, "firstlast"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--python", help="the CPython 3.11 for the live comparison")
    ap.add_argument("--no-live", action="store_true", help="skip the live comparison")
    ap.add_argument("-v", "--verbose", action="store_true", help="show stderr diffs of partial matches")
    ap.add_argument("binary")
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    binary = str(pathlib.Path(args.binary).resolve())
    programs = [pathlib.Path(p).resolve() for p in args.programs] or \
        [HERE / (name + ".py") for name in sorted(expected)]
    python = None if args.no_live else find_python311(args.python)
    failed, levels = [], {"full": 0, "nocaret": 0, "firstlast": 0}
    for p in programs:
        want = expected.get(p.stem)
        if want is None:
            failed.append(p.stem)
            print("FAIL %s: no expectation in expected.json (run regen.py)" % p.stem)
            continue
        if python:
            live = compare_lib.run([python, str(RUNNER), "--timestamps", p.name], cwd=p.parent)
            if (live.status, live.out, first_last(live.err)) != \
                    (want["status"], want["stdout"], first_last(want["stderr"])):
                failed.append(p.stem)
                print("FAIL %s: the live reference no longer agrees with expected.json" % p.stem)
                continue
        got = compare_lib.run([binary, "run", "--timestamps", p.name], cwd=p.parent)
        why, level = compare(got, want)
        if why:
            failed.append(p.stem)
            print("FAIL %s: %s" % (p.stem, why))
            continue
        levels[level] += 1
        if args.verbose and level != "full":
            print("PARTIAL %s (%s):\n--- sandbox\n%s--- CPython\n%s" % (p.stem, level, got.err, want["stderr"]))
    n = len(programs)
    print("errors: %d passed, %d failed (of %d); stderr identical: %d, identical without caret lines: %d, "
          "first+last lines only: %d; live reference: %s"
          % (n - len(failed), len(failed), n, levels["full"], levels["nocaret"], levels["firstlast"],
             python or "not run"))
    if failed:
        print("failing: " + " ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
