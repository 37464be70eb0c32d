// The `binascii` module (Modules/binascii.c): hex and base64 conversions
// with binascii.Error's messages, CRC-32 (zlib's reflected 0xEDB88320) and
// CRC-CCITT (crc_hqx, 0x1021).  base64, uuid and others build on these.
#include <array>

#include "vm/int_big.h"
#include "vm/internal.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/stdlib/modules.h"

namespace sandbox::vm::lib {

namespace {

Type* g_error = nullptr;
Type* g_incomplete = nullptr;

[[noreturn]] void binascii_error(const char* msg) { throw_exception(g_error, msg); }

bool is_bytearray(const Value& v) { return v.is_obj() && v.type()->name == "bytearray" && v.type()->module == "builtins"; }

// A bytes-like argument (bytes, bytearray).
std::string data_arg(VM& vm, const Value& v) {
  if (is_bytes(v)) return v.as<Bytes>()->s;
  if (is_bytearray(v)) return vm.call(Value(types().bytes), {v}).as<Bytes>()->s;
  throw_type_error("a bytes-like object is required, not '%s'", type_name(v));
}

// The a2b_* functions also take ASCII-only str.
std::string ascii_arg(VM& vm, const Value& v) {
  if (is_str(v)) {
    const std::string& s = str_of(v);
    for (unsigned char c : s)
      if (c >= 0x80) throw_value_error("string argument should contain only ASCII characters");
    return s;
  }
  if (is_bytes(v) || is_bytearray(v)) return data_arg(vm, v);
  throw_type_error("argument should be bytes, buffer or ASCII string, not '%s'", type_name(v));
}

const char kHex[] = "0123456789abcdef";

// hexlify(data, sep=None, bytes_per_sep=1): sep every |bytes_per_sep| bytes,
// counted from the right when positive, from the left when negative.
Value hexlify(VM& vm, NativeFunction* self, Args a, const KwArgs* kw) {
  check_kwargs(self->name.c_str(), kw, {"data", "sep", "bytes_per_sep"});
  Value data = a.size() > 0 ? a[0] : Value::null();
  Value sep = a.size() > 1 ? a[1] : Value::null();
  Value per = a.size() > 2 ? a[2] : Value::integer(1);
  if (const Value* v = kwarg(kw, "data")) data = *v;
  if (const Value* v = kwarg(kw, "sep")) sep = *v;
  if (const Value* v = kwarg(kw, "bytes_per_sep")) per = *v;
  if (a.size() > 3) throw_type_error("%s() takes at most 3 arguments (%zu given)", self->name.c_str(), a.size());
  if (data.is_null()) throw_type_error("%s() missing required argument 'data' (pos 1)", self->name.c_str());
  std::string in = data_arg(vm, data);
  std::string sep_text;
  bool has_sep = !sep.is_null() && !sep.is_none();
  if (has_sep) {
    if (is_str(sep)) sep_text = str_of(sep);
    else if (is_bytes(sep) || is_bytearray(sep)) sep_text = data_arg(vm, sep);
    else throw_type_error("object of type '%s' has no len()", type_name(sep));
    if (sep_text.size() != 1) throw_value_error("sep must be length 1.");
  }
  int64_t group = as_index(per);
  std::string out;
  size_t n = in.size();
  size_t every = group < 0 ? static_cast<size_t>(-group) : static_cast<size_t>(group);
  for (size_t i = 0; i < n; i++) {
    if (has_sep && every > 0 && i > 0) {
      bool cut = group > 0 ? (n - i) % every == 0 : i % every == 0;
      if (cut) out += sep_text;
    }
    unsigned char c = static_cast<unsigned char>(in[i]);
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
  return make_bytes(out);
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Value unhexlify(VM& vm, NativeFunction* self, Args a, const KwArgs* kw) {
  check_kwargs(self->name.c_str(), kw, {"hexstr"});
  Value arg = a.size() > 0 ? a[0] : Value::null();
  if (const Value* v = kwarg(kw, "hexstr")) arg = *v;
  if (arg.is_null()) throw_type_error("%s() missing required argument 'hexstr' (pos 1)", self->name.c_str());
  std::string in = ascii_arg(vm, arg);
  if (in.size() % 2) binascii_error("Odd-length string");
  std::string out;
  for (size_t i = 0; i < in.size(); i += 2) {
    int hi = hex_value(in[i]), lo = hex_value(in[i + 1]);
    if (hi < 0 || lo < 0) binascii_error("Non-hexadecimal digit found");
    out.push_back(static_cast<char>(hi * 16 + lo));
  }
  return make_bytes(out);
}

const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

Value b2a_base64(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  check_kwargs("b2a_base64", kw, {"newline"});
  if (a.size() != 1) throw_type_error("b2a_base64() takes exactly 1 positional argument (%zu given)", a.size());
  std::string in = data_arg(vm, a[0]);
  bool newline = true;
  if (const Value* v = kwarg(kw, "newline")) newline = vm.truthy(*v);
  std::string out;
  size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    uint32_t v = (static_cast<uint8_t>(in[i]) << 16) | (static_cast<uint8_t>(in[i + 1]) << 8) | static_cast<uint8_t>(in[i + 2]);
    for (int s = 18; s >= 0; s -= 6) out.push_back(kB64[(v >> s) & 63]);
  }
  size_t rest = in.size() - i;
  if (rest) {
    uint32_t v = static_cast<uint8_t>(in[i]) << 16;
    if (rest == 2) v |= static_cast<uint8_t>(in[i + 1]) << 8;
    out.push_back(kB64[(v >> 18) & 63]);
    out.push_back(kB64[(v >> 12) & 63]);
    out.push_back(rest == 2 ? kB64[(v >> 6) & 63] : '=');
    out.push_back('=');
  }
  if (newline) out.push_back('\n');
  return make_bytes(out);
}

int b64_value(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

// a2b_base64: characters outside the alphabet are skipped (strict_mode:
// errors); decoding stops once a quantum is completed by padding.
Value a2b_base64(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  check_kwargs("a2b_base64", kw, {"strict_mode"});
  if (a.size() != 1) throw_type_error("a2b_base64() takes exactly 1 positional argument (%zu given)", a.size());
  std::string in = ascii_arg(vm, a[0]);
  bool strict = false;
  if (const Value* v = kwarg(kw, "strict_mode")) strict = vm.truthy(*v);
  std::string out;
  int quad = 0, pads = 0;
  uint32_t left = 0;
  bool padding_started = false;
  if (strict && !in.empty() && in[0] == '=') binascii_error("Leading padding not allowed");
  for (size_t i = 0; i < in.size(); i++) {
    unsigned char c = static_cast<unsigned char>(in[i]);
    if (c == '=') {
      padding_started = true;
      if (quad >= 2 && quad + ++pads >= 4) {
        if (strict && i + 1 < in.size()) binascii_error("Excess data after padding");
        return make_bytes(out);
      }
      continue;
    }
    int v = b64_value(c);
    if (v < 0) {
      if (strict) binascii_error("Only base64 data is allowed");
      continue;
    }
    if (strict && padding_started) binascii_error("Discontinuous padding not allowed");
    pads = 0;
    left = (left << 6) | static_cast<uint32_t>(v);
    if (quad > 0) {
      int shift = 6 - 2 * quad;  // bits left over after this byte: 4, 2, 0
      out.push_back(static_cast<char>((left >> shift) & 0xff));
      left &= (1u << shift) - 1;
    }
    quad = (quad + 1) % 4;
  }
  if (quad != 0) {
    if (quad == 1) {
      std::string msg = strformat(
          "Invalid base64-encoded string: number of data characters (%zu) cannot be 1 more than a multiple of 4",
          out.size() / 3 * 4 + 1);
      binascii_error(msg.c_str());
    }
    binascii_error("Incorrect padding");
  }
  return make_bytes(out);
}

std::array<uint32_t, 256> make_crc_table() {
  std::array<uint32_t, 256> t{};
  for (uint32_t i = 0; i < 256; i++) {
    uint32_t c = i;
    for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    t[i] = c;
  }
  return t;
}

uint64_t crc_start(const Value& v) {
  if (is_int_value(v) && !v.is_intlike()) {
    std::string b;
    to_bignum(v).to_bytes_le(16, true, b);
    uint64_t u = 0;
    for (int k = 0; k < 8; k++) u |= static_cast<uint64_t>(static_cast<uint8_t>(b[k])) << (8 * k);
    return u;
  }
  return static_cast<uint64_t>(as_index(v));
}

Value crc32(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("crc32", kw);
  check_args("crc32", a, 1, 2);
  static const std::array<uint32_t, 256> table = make_crc_table();
  std::string in = data_arg(vm, a[0]);
  uint32_t crc = a.size() > 1 ? static_cast<uint32_t>(crc_start(a[1])) : 0;
  crc = ~crc;
  for (unsigned char c : in) crc = table[(crc ^ c) & 0xff] ^ (crc >> 8);
  return Value::integer(static_cast<int64_t>(~crc & 0xffffffffu));
}

Value crc_hqx(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("crc_hqx", kw);
  if (a.size() != 2) throw_type_error("crc_hqx expected 2 arguments, got %zu", a.size());
  std::string in = data_arg(vm, a[0]);
  uint32_t crc = static_cast<uint32_t>(crc_start(a[1])) & 0xffff;
  for (unsigned char c : in) {
    crc ^= static_cast<uint32_t>(c) << 8;
    for (int k = 0; k < 8; k++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return Value::integer(crc);
}

}  // namespace

void install_binascii_module(VM& vm) {
  if (!g_error) {
    g_error = make_exception_type("Error", exc().ValueError, "binascii");
    g_incomplete = make_exception_type("Incomplete", exc().Exception, "binascii");
  }
  Module* m = make_module("binascii");
  Value keep(m);
  Dict* d = m->dict.get();
  d->set("Error", Value(g_error));
  d->set("Incomplete", Value(g_incomplete));
  for (const char* n : {"hexlify", "b2a_hex"}) d->set(n, make_native(n, hexlify));
  for (const char* n : {"unhexlify", "a2b_hex"}) d->set(n, make_native(n, unhexlify));
  d->set("b2a_base64", make_native("b2a_base64", b2a_base64));
  d->set("a2b_base64", make_native("a2b_base64", a2b_base64));
  d->set("crc32", make_native("crc32", crc32));
  d->set("crc_hqx", make_native("crc_hqx", crc_hqx));
  vm.register_module(m);
}

}  // namespace sandbox::vm::lib
