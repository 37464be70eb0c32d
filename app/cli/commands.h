// The subcommands of asyncio-sandbox, one file each.  Each takes the
// arguments after its own name and returns the process exit status.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace sandbox::cli {

using Args = std::vector<std::string>;

int run_command(const Args& args);    // run [--timestamps] [--max-time S] [--live] FILE
int trace_command(const Args& args);  // trace FILE [--format text|jsonl|chrome] [--axis steps|time] [-o OUT]
int list_command(const Args& args);   // list

void print_usage(bool to_stderr);

// Writes text to stderr whole: program text may hold NUL bytes, which a
// C-string write would silently cut.
void write_stderr(std::string_view text);

// Reads a whole file; false (and a message in *error) if it cannot.
bool read_file(const std::string& path, std::string* text, std::string* error);

// The bundled scenarios folder: $SANDBOX_SCENARIOS, else scenarios/ next to
// the binary or in a parent folder of it (a build tree inside the source
// tree), else ../share/asyncio-sandbox/scenarios (installed).  "" if none.
std::string scenarios_dir();

// The module docstring's first line of a Python source ("" if none).
std::string docstring_title(const std::string& source);

}  // namespace sandbox::cli
