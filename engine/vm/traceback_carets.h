// The position line under a traceback's source line (PEP 657), as CPython
// 3.11's traceback.py StackSummary.format_frame_summary prints it:
//     x = a / b
//         ~~^~~
#pragma once
#include <string>
#include <string_view>

#include "vm/object.h"

namespace sandbox::vm {

// `line` is the source line the frame is at (without its newline), `lineno`
// its number and `pos` the position of the instruction that raised.  Returns
// the caret line with its trailing newline, or "" when CPython prints none
// (unknown columns, or the range covers the whole stripped line).
std::string traceback_caret_line(std::string_view line, int lineno, const Position& pos);

}  // namespace sandbox::vm
