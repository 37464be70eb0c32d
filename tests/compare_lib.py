"""Shared helpers for the script tests: run a program, compare two runs.

The comparison rule is shared/conformance/check's: stdout byte for byte, the
exit status (1 when the run ends with an uncaught exception, else 0), and the
last non-empty line of stderr when the status is 1. On a difference we say
where: the first differing stdout line with its neighbours.

Programs named tb_*.py compare the whole traceback instead (carets included),
over the program's own frames: CPython's also show frames of its Lib/asyncio,
which the sandbox implements in C++ (see program_frames).
"""
import difflib
import pathlib
import re
import subprocess

TIMEOUT = 60  # real seconds per program; virtual time makes runs short


_FILE_LINE = re.compile(r'^(?P<indent>[ |+\-]*?)  File "(?P<file>[^"]+)", line \d+, in ')


# CPython's library folder differs between installations (the reference's
# pyenv, Debian's /usr/lib/python3.11); messages naming a library source file
# compare with the folder left out.
_LIBRARY_DIR = re.compile(r'[^\s"\'<(]*/lib/python3\.11/')


def program_frames(err, filename):
    """stderr without the traceback entries of files other than FILENAME (an
    entry is its `File` line and the source and caret lines under it), and
    without a `Traceback (most recent call last):` header left with no entry;
    library file paths elsewhere lose their folder (_LIBRARY_DIR)."""
    kept, skip = [], None
    for line in err.splitlines():
        if skip is not None:
            if line.startswith(skip + "    "):
                continue
            skip = None
        m = _FILE_LINE.match(line)
        if m and m.group("file") != filename:
            skip = m.group("indent")
            continue
        kept.append(_LIBRARY_DIR.sub("<python3.11 library>/", line))
    out = []
    for i, line in enumerate(kept):
        is_header = line.lstrip(" |+-").startswith(("Traceback (most recent call last):",
                                                  "Exception Group Traceback (most recent call last):"))
        if is_header and not (i + 1 < len(kept) and _FILE_LINE.match(kept[i + 1])):
            continue
        out.append(line)
    return "".join(l + "\n" for l in out)


def whole_traceback_wanted(program):
    return pathlib.Path(program).name.startswith("tb_")


class Run:
    """The observable outcome of one run."""

    def __init__(self, status, out, err, full_err=None):
        self.status = status
        self.out = out
        self.err = err
        self.full_err = full_err  # tb_* programs: program_frames() of stderr
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
    tb_file = program.with_suffix(".stderr")
    full = tb_file.read_text(encoding="utf-8") if tb_file.exists() else None
    if err_file.exists():
        return Run(1, out, err_file.read_text(encoding="utf-8"), full)
    return Run(0, out, "", full)


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
        for run, name in ((got, got_name), (want, want_name)):
            if run.status != 0 and run.last_err:
                lines.append("  %s's last stderr line: %s" % (name, run.last_err[:200]))
        return "\n".join(lines)
    if got.status != want.status:
        return "exit status %s, %s %s; last stderr line: %s" % (
            got.status, want_name, want.status, got.last_err[:200])
    if want.status == 0 and want.full_err is None and not want.err.strip() and got.err.strip():
        return "%s wrote to stderr, %s wrote nothing; %s's last stderr line: %s" % (
            got_name, want_name, got_name, got.last_err[:200])
    if want.status == 1 and got.last_err != want.last_err:
        return "last stderr line differs:\n  > %-8s %r\n  > %-8s %r" % (
            got_name + ":", got.last_err, want_name + ":", want.last_err)
    if want.full_err is not None and got.full_err != want.full_err:
        diff = difflib.unified_diff(want.full_err.splitlines(), (got.full_err or "").splitlines(),
                                    want_name, got_name, lineterm="", n=1)
        return "traceback differs:\n" + "\n".join("  " + l for l in diff)
    return None
