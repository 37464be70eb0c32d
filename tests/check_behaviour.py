#!/usr/bin/env python3
"""Behaviour tests: run `BINARY run --timestamps` on tests/behaviour/*.py and
compare with the committed CPython expectations (.out, .err) byte for byte.

Usage: check_behaviour.py BINARY [PROGRAM.py ...]
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import compare_lib  # noqa: E402

BEHAVIOUR = pathlib.Path(__file__).resolve().parent / "behaviour"


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    binary = str(pathlib.Path(sys.argv[1]).resolve())
    programs = [pathlib.Path(p).resolve() for p in sys.argv[2:]] or sorted(BEHAVIOUR.glob("*.py"))
    failed = []
    for p in programs:
        want = compare_lib.expected_from_files(p)
        got = compare_lib.run([binary, "run", "--timestamps", p.name], cwd=p.parent)
        if want.full_err is not None:
            got.full_err = compare_lib.program_frames(got.err, p.name)
        why = compare_lib.first_difference(got, want, "sandbox", "CPython")
        if why:
            failed.append(p.name)
            print("FAIL %s: %s" % (p.name, why))
    print("behaviour: %d passed, %d failed (of %d)" % (len(programs) - len(failed), len(failed), len(programs)))
    if failed:
        print("failing: " + " ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
