#!/usr/bin/env python3
"""Keeps docs/python.md true: runs every example in it and compares.

Usage: check_python_doc.py BINARY [--python PY] [DOC.md]

The page pairs each example with what it prints:

    ```python            a program (one fenced block)
    ...
    ```
    ```output            right after it: exactly what the sandbox prints
    ...                  (stdout, then, when the program fails, the last
    ```                  non-empty stderr line, the error a user sees)

An example whose ```python line says `cpython` (```python cpython) must also
print the same under CPython 3.11 (the reference runner): the page's claims
that something "runs as CPython runs it". Examples of what is left out say
what the sandbox answers instead, so CPython is not asked about them.
Exit status 77 (skipped) only when BINARY is missing.
"""
import argparse
import pathlib
import re
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
REFERENCE = HERE / "reference" / "run_reference.py"
FENCE = re.compile(r"^```python( cpython)?\n(.*?)^```\n```output\n(.*?)^```\n", re.S | re.M)


def shown(argv, cwd):
    """What a user sees of one run: stdout, then the last stderr line on failure."""
    r = subprocess.run(argv, cwd=cwd, capture_output=True, timeout=60)
    out = r.stdout.decode("utf-8", "backslashreplace")
    if r.returncode != 0:
        lines = [l for l in r.stderr.decode("utf-8", "backslashreplace").splitlines() if l.strip()]
        out += (lines[-1] if lines else "(exit %d, nothing on stderr)" % r.returncode) + "\n"
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("binary")
    ap.add_argument("doc", nargs="?", default=str(ROOT / "docs" / "python.md"))
    ap.add_argument("--python", default="python3")
    args = ap.parse_args()
    binary = pathlib.Path(args.binary).resolve()
    if not binary.exists():
        print("SKIP: no binary at %s" % binary)
        return 77
    text = pathlib.Path(args.doc).read_text(encoding="utf-8")
    examples = FENCE.findall(text)
    if not examples:
        print("FAIL: no ```python / ```output pairs in %s" % args.doc)
        return 1
    failed = 0
    with tempfile.TemporaryDirectory(prefix="python-doc-") as tmp:
        for i, (cpython, program, want) in enumerate(examples, 1):
            path = pathlib.Path(tmp) / ("example_%d.py" % i)
            path.write_text(program, encoding="utf-8")
            first = program.strip().splitlines()[0] if program.strip() else "(empty)"
            got = shown([str(binary), "run", path.name], tmp)
            if got != want:
                failed += 1
                print("FAIL example %d (%s):\n  doc says %r\n  sandbox  %r" % (i, first, want, got))
                continue
            if cpython:
                ref = shown([args.python, str(REFERENCE), path.name], tmp)
                if ref != want:
                    failed += 1
                    print("FAIL example %d (%s): marked cpython, but CPython prints %r" % (i, first, ref))
    print("python doc: %d examples, %d failed" % (len(examples), failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
