// _struct's format strings (Modules/_struct.c): parsed into codes with
// their sizes and offsets, native ('@', aligned C sizes) or standard ('<',
// '>', '!', '=': fixed sizes, no alignment).  VM-independent: errors are
// thrown as StructError and turned into struct.error by the bindings.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sandbox::vm::lib::structfmt {

struct StructError {
  std::string message;
};

struct Item {
  char code;
  size_t offset;
  size_t size;    // one item ('s'/'p': the whole string)
  size_t count;   // repeat count ('s'/'p': 1)
};

struct Format {
  bool little = true;   // byte order
  bool native = true;   // '@': native sizes and alignment
  std::vector<Item> items;
  size_t size = 0;      // calcsize
  size_t nargs = 0;     // values pack takes
};

// Throws StructError("bad char in struct format", ...).
Format parse(std::string_view fmt);
// The byte size of one code in this mode, or 0 for an unknown code.
size_t code_size(char c, bool native);

// IEEE half precision (PyFloat_Pack2/Unpack2): false on overflow.
bool pack_half(double x, uint16_t& out);
double unpack_half(uint16_t h);

}  // namespace sandbox::vm::lib::structfmt
