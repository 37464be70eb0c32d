#!/usr/bin/env python3
"""Regenerate the expected outputs of tests/behaviour/*.py with the reference.

Usage: regen_expected.py [--python PY] [--check] [PROGRAM.py ...]

For each behaviour program (default: all of tests/behaviour/*.py) this runs
the reference runner (CPython 3.11 on the virtual clock) with --timestamps,
twice, and fails if the two runs differ (an expectation must be
deterministic). Then it writes NAME.out (stdout) and, when the program ends
with exit status 1, NAME.err (the last non-empty line of stderr, the same
rule as shared/conformance/check). Any other exit status is an error.
For tb_*.py programs, and for programs that end with status 0 but write to
stderr, it also writes NAME.stderr: the whole stderr, with the tracebacks
over the program's own frames (compare_lib.program_frames).

--check compares instead of writing (e.g. with --python /usr/bin/python3.11
to see whether another CPython 3.11.x agrees with the committed files).

Never run by CI: the committed files are the expectation.
"""
import argparse
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import compare_lib  # noqa: E402

RUNNER = HERE / "run_reference.py"
BEHAVIOUR = HERE.parent / "behaviour"


def run_reference(python, program):
    """Run one program under the reference; returns (status, stdout, last stderr line)."""
    r = subprocess.run([python, str(RUNNER), "--timestamps", program.name],
                       cwd=program.parent, capture_output=True, timeout=120)
    out = r.stdout.decode("utf-8")
    err = r.stderr.decode("utf-8", "backslashreplace")
    lines = [l for l in err.strip().splitlines() if l.strip()]
    return r.returncode, out, (lines[-1].strip() if lines else ""), compare_lib.program_frames(err, program.name)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--check", action="store_true", help="compare, do not write")
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()
    programs = [pathlib.Path(p).resolve() for p in args.programs] or sorted(BEHAVIOUR.glob("*.py"))
    problems = 0
    for p in programs:
        first = run_reference(args.python, p)
        second = run_reference(args.python, p)
        if first != second:
            print(f"NONDETERMINISTIC {p.name}: two reference runs differ")
            problems += 1
            continue
        status, out, last, frames = first
        tb_file = p.with_suffix(".stderr")
        # A program that ends well but writes to stderr (a logged "Task
        # exception was never retrieved", a warning) keeps that stderr too,
        # so the check sees what the sandbox writes there.
        want_tb = frames if compare_lib.whole_traceback_wanted(p) or (status == 0 and frames) else None
        if status not in (0, 1):
            print(f"ERROR {p.name}: exit status {status}: {last}")
            problems += 1
            continue
        out_file, err_file = p.with_suffix(".out"), p.with_suffix(".err")
        want_err = (last + "\n") if status == 1 else None
        if args.check:
            have_out = out_file.read_text(encoding="utf-8") if out_file.exists() else None
            have_err = err_file.read_text(encoding="utf-8") if err_file.exists() else None
            have_tb = tb_file.read_text(encoding="utf-8") if tb_file.exists() else None
            if have_out != out or have_err != want_err or have_tb != want_tb:
                print(f"DIFFERS {p.name}")
                problems += 1
            continue
        out_file.write_text(out, encoding="utf-8")
        if want_err is not None:
            err_file.write_text(want_err, encoding="utf-8")
        elif err_file.exists():
            err_file.unlink()
        if want_tb is not None:
            tb_file.write_text(want_tb, encoding="utf-8")
        elif tb_file.exists():
            tb_file.unlink()
        print(f"wrote {p.name}: {len(out.splitlines())} lines" + (f", exit 1: {last}" if want_err else ""))
    print(f"{len(programs)} programs, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
