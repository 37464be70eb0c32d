# Parsing command-line style argument lists recursively with sequence patterns.
def parse(argv, opts=None):
    opts = dict(opts or {}, files=list((opts or {}).get("files", [])))
    match argv:
        case []:
            return opts
        case ["-v" | "--verbose", *rest]:
            opts["verbose"] = opts.get("verbose", 0) + 1
            return parse(rest, opts)
        case ["-o" | "--output", path, *rest] if not path.startswith("-"):
            opts["output"] = path
            return parse(rest, opts)
        case ["-o" | "--output", *_]:
            raise ValueError("-o needs a file name")
        case ["--", *files]:
            opts["files"].extend(files)
            return opts
        case [str(flag), *_] if flag.startswith("-"):
            raise ValueError(f"unknown option {flag}")
        case [name, *rest]:
            opts["files"].append(name)
            return parse(rest, opts)


for argv in [
    [],
    ["a.txt", "b.txt"],
    ["-v", "--verbose", "x.py"],
    ["-o", "out.bin", "in.bin", "-v"],
    ["--output"],
    ["-o", "-v"],
    ["--", "-weird-name", "--"],
    ["--colour"],
]:
    try:
        print(argv, "->", parse(argv))
    except ValueError as e:
        print(argv, "-> error:", e)
