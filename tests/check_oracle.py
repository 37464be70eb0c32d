#!/usr/bin/env python3
"""Oracle test: the reference runner (CPython 3.11 on a virtual clock) and the
sandbox run the same programs; their outputs must agree byte for byte.

Usage: check_oracle.py [--python PY] BINARY DIR_OR_PROGRAM ...

Programs are every *.py in each DIR (scenarios/, tests/behaviour/) or the
files given. Exits 77 (ctest SKIP_RETURN_CODE) with a visible message when no
CPython 3.11 is available to be the reference.
"""
import argparse
import pathlib
import shutil
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import compare_lib  # noqa: E402

RUNNER = HERE / "reference" / "run_reference.py"
SKIP = 77


def find_python311(requested):
    candidates = [requested] if requested else ["python3.11", "python3", sys.executable]
    for c in candidates:
        path = shutil.which(c) if c and not pathlib.Path(c).is_absolute() else c
        if not path:
            continue
        # Ask for sys.executable: a version-manager shim (pyenv) in front of
        # the real interpreter can cost seconds per start.
        try:
            v = subprocess.run([path, "-c", "import sys; print(sys.version_info[:2] == (3, 11), sys.executable)"],
                               capture_output=True, text=True, timeout=60).stdout.split()
        except OSError:
            continue
        if len(v) == 2 and v[0] == "True":
            return v[1]
    return None


def run_reference(python, program):
    # Real sockets: another test run on this machine may hold the same port
    # for a moment, and on a machine loaded by parallel tests loopback I/O can
    # stall past the runner's deadlock wait; retry rather than report a false
    # difference (a real deadlock says so every time).
    for attempt in range(6):
        r = compare_lib.run([python, str(RUNNER), "--timestamps", program.name], cwd=program.parent)
        if "[Errno 98]" not in r.err and not ("run_reference: deadlock" in r.err and attempt < 2):
            return r
        time.sleep(1 + attempt)
    return r


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--python", help="the CPython 3.11 to use as the reference")
    ap.add_argument("binary")
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    python = find_python311(args.python)
    if not python:
        print("SKIP: the oracle test needs CPython 3.11 (python3.11 or python3) to run the reference; none found")
        return SKIP
    binary = str(pathlib.Path(args.binary).resolve())
    programs = []
    for p in map(pathlib.Path, args.paths):
        programs += sorted(p.resolve().glob("*.py")) if p.is_dir() else [p.resolve()]
    failed = []
    for p in programs:
        want = run_reference(python, p)
        if want.status not in (0, 1):
            failed.append(p.name)
            print("FAIL %s: the reference itself ended with %s: %s" % (p.name, want.status, want.last_err))
            continue
        got = compare_lib.run([binary, "run", "--timestamps", p.name], cwd=p.parent)
        if compare_lib.whole_traceback_wanted(p):
            want.full_err = compare_lib.program_frames(want.err, p.name)
            got.full_err = compare_lib.program_frames(got.err, p.name)
        why = compare_lib.first_difference(got, want, "sandbox", "CPython")
        if why:
            failed.append("%s/%s" % (p.parent.name, p.name))
            print("FAIL %s/%s: %s" % (p.parent.name, p.name, why))
    print("oracle (reference: %s): %d passed, %d failed (of %d)"
          % (python, len(programs) - len(failed), len(failed), len(programs)))
    if failed:
        print("failing: " + " ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
