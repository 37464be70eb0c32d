"""Shared helpers for the script tests: run a program, compare two runs.

The comparison rule is shared/conformance/check's: stdout byte for byte, the
exit status (1 when the run ends with an uncaught exception, else 0), and the
last non-empty line of stderr when the status is 1. On a difference we say
where: the first differing stdout line with its neighbours.
"""
import pathlib
import subprocess

TIMEOUT = 60  # real seconds per program; virtual time makes runs short


class Run:
    """The observable outcome of one run."""

    def __init__(self, status, out, err):
        self.status = status
        self.out = out
        self.err = err
        lines = [l for l in err.strip().splitlines() if l.strip()]
        self.last_err = lines[-1].strip() if lines else ""


def run(argv, cwd=None, timeout=TIMEOUT):
    try:
        r = subprocess.run(argv, cwd=cwd, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "backslashreplace")
        return Run("timeout after %ds" % timeout, out, "")
    except OSError as e:
        return Run("could not start: %s" % e, "", "")
    return Run(r.returncode, r.stdout.decode("utf-8", "backslashreplace"),
               r.stderr.decode("utf-8", "backslashreplace"))


def expected_from_files(program):
    """The committed expectation beside PROGRAM: NAME.out and maybe NAME.err."""
    program = pathlib.Path(program)
    out = program.with_suffix(".out").read_text(encoding="utf-8")
    err_file = program.with_suffix(".err")
    if err_file.exists():
        return Run(1, out, err_file.read_text(encoding="utf-8"))
    return Run(0, out, "")


def first_difference(got, want, got_name="got", want_name="expected"):
    """None when the runs agree, else a few readable lines saying where they differ."""
    if got.out != want.out:
        a, b = got.out.split("\n"), want.out.split("\n")
        i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
        lines = ["stdout differs at line %d:" % (i + 1)]
        for k in range(max(0, i - 2), i):
            lines.append("    same:   %r" % a[k])
        lines.append("  > %-8s %r" % (got_name + ":", a[i] if i < len(a) else "<end of output>"))
        lines.append("  > %-8s %r" % (want_name + ":", b[i] if i < len(b) else "<end of output>"))
        lines.append("  (%d lines vs %d lines)" % (len(a) - 1, len(b) - 1))
        if got.status != want.status:
            lines.append("  exit status %s, %s %s" % (got.status, want_name, want.status))
        if got.status != 0 and got.last_err:
            lines.append("  %s's last stderr line: %s" % (got_name, got.last_err[:200]))
        return "\n".join(lines)
    if got.status != want.status:
        return "exit status %s, %s %s; last stderr line: %s" % (
            got.status, want_name, want.status, got.last_err[:200])
    if want.status == 1 and got.last_err != want.last_err:
        return "last stderr line differs:\n  > %-8s %r\n  > %-8s %r" % (
            got_name + ":", got.last_err, want_name + ":", want.last_err)
    return None
