#!/usr/bin/env python3
"""`asyncio-sandbox list` must list every bundled scenario with its title.

Usage: check_list.py BINARY SCENARIOS_DIR

The title of a scenario is the first line of its module docstring. Each
scenario must appear on a line of the listing that holds both its name
(file name with or without .py) and its title.
"""
import ast
import os
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import compare_lib  # noqa: E402


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    binary, scenarios = sys.argv[1], pathlib.Path(sys.argv[2])
    files = sorted(scenarios.glob("*.py"))
    if not files:
        print("FAIL: no scenarios in", scenarios)
        return 1
    # The binary finds its scenarios through $SANDBOX_SCENARIOS first: point
    # it at the source tree's folder so we check what we just listed.
    os.environ["SANDBOX_SCENARIOS"] = str(scenarios.resolve())
    r = compare_lib.run([str(pathlib.Path(binary).resolve()), "list"], cwd=scenarios.parent)
    if r.status != 0:
        print("FAIL: `list` exited with %s: %s" % (r.status, r.last_err))
        return 1
    lines = r.out.splitlines()
    missing = 0
    for f in files:
        doc = ast.get_docstring(ast.parse(f.read_text(encoding="utf-8")))
        if not doc:
            print("FAIL %s: the scenario has no module docstring" % f.name)
            missing += 1
            continue
        title = doc.splitlines()[0].strip()
        if not any((f.stem in l) and (title in l) for l in lines):
            print("FAIL %s: no line of `list` shows both %r and %r" % (f.name, f.stem, title))
            missing += 1
    print("list: %d of %d scenarios listed with their titles" % (len(files) - missing, len(files)))
    if missing:
        print("`list` printed:\n" + r.out)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
