// The bytes methods bytes_methods.cpp leaves out (Objects/bytes_methods.c,
// bytesobject.c): the padding, partitioning, case and predicate methods run
// str's method on a text where every byte >= 0x80 is a private-use
// character (uncased, not alpha, not space, not a line break, not ASCII:
// exactly what bytes methods make of a non-ASCII byte), then map back.
// splitlines, fromhex, maketrans and translate are written out.
#include "vm/internal.h"
#include "vm/lib/install.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/unicode.h"

namespace sandbox::vm::lib {

namespace {

constexpr char32_t kHigh = 0xE000;  // byte b >= 0x80 <-> U+E000 + b

std::string to_text(std::string_view b) {
  std::string out;
  for (unsigned char c : b) {
    if (c < 0x80) out.push_back(static_cast<char>(c));
    else append_utf8(out, kHigh + c);
  }
  return out;
}

std::string from_text(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    size_t len;
    char32_t cp = utf8_decode(s, i, &len);
    out.push_back(static_cast<char>(cp >= kHigh ? cp - kHigh : cp));
    i += len;
  }
  return out;
}

Value text_arg(VM& vm, const char* method, const Value& v) {
  if (is_bytes(v)) return make_str(to_text(v.as<Bytes>()->s));
  if (v.is_obj() && v.type()->name == "bytearray") {
    std::string raw;
    for (const Value& x : vm.to_vector(v)) raw.push_back(static_cast<char>(x.as_int()));
    return make_str(to_text(raw));
  }
  if (v.is_intlike() || v.is_none()) return v;
  throw_type_error("%s() argument must be a bytes-like object, not '%s'", method, type_name(v));
}

Value back_to_bytes(const Value& r) {
  if (is_str(r)) return make_bytes(from_text(str_of(r)));
  if (is_type(r, types().list)) {
    std::vector<Value> items;
    for (const Value& x : r.as<List>()->items) items.push_back(back_to_bytes(x));
    return make_list(std::move(items));
  }
  if (is_type(r, types().tuple)) {
    std::vector<Value> items;
    for (const Value& x : r.as<Tuple>()->items) items.push_back(back_to_bytes(x));
    return make_tuple(std::move(items));
  }
  return r;
}

Value via_str(VM& vm, NativeFunction* self, Args a, const KwArgs* kw) {
  const char* name = static_cast<const char*>(self->ctx);
  std::vector<Value> args;
  args.push_back(make_str(to_text(a[0].as<Bytes>()->s)));
  for (size_t i = 1; i < a.size(); i++) {
    // center/ljust/rjust take a one-byte fill; the other arguments are bytes or ints.
    args.push_back(text_arg(vm, name, a[i]));
  }
  Value method = types().str->dict->get(name);
  Value r = vm.call(method, std::span<const Value>(args), kw);
  return back_to_bytes(r);
}

// bytes.splitlines: only \n, \r and \r\n end lines.
Value b_splitlines(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  check_kwargs("splitlines", kw, {"keepends"});
  bool keep = false;
  if (a.size() > 1) keep = a[1].is_intlike() && a[1].as_int() != 0;
  if (const Value* v = kwarg(kw, "keepends")) keep = v->is_intlike() && v->as_int() != 0;
  const std::string& s = a[0].as<Bytes>()->s;
  std::vector<Value> out;
  size_t i = 0, start = 0;
  while (i < s.size()) {
    if (s[i] == '\n' || s[i] == '\r') {
      size_t eol = i + ((s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1);
      out.push_back(make_bytes(s.substr(start, (keep ? eol : i) - start)));
      start = i = eol;
    } else {
      i++;
    }
  }
  if (start < s.size()) out.push_back(make_bytes(s.substr(start)));
  return make_list(std::move(out));
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// bytes.fromhex (a classmethod): pairs of hex digits, spaces between pairs.
Value b_fromhex(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("fromhex", kw);
  if (a.size() != 2) throw_type_error("fromhex() takes exactly one argument (%zu given)", a.size() - 1);
  if (!is_str(a[1])) throw_type_error("fromhex() argument must be str, not %s", type_name(a[1]));
  const std::string& s = str_of(a[1]);
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f' || s[i] == '\v') {
      i++;
      continue;
    }
    int hi = hex_digit(s[i]);
    int lo = i + 1 < s.size() ? hex_digit(s[i + 1]) : -1;
    if (hi < 0) throw_value_error("non-hexadecimal number found in fromhex() arg at position %zu", i);
    if (lo < 0) throw_value_error("non-hexadecimal number found in fromhex() arg at position %zu", i + 1);
    out.push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  return make_bytes(out);
}

Value b_maketrans(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("maketrans", kw);
  if (a.size() != 2 || !is_bytes(a[0]) || !is_bytes(a[1]))
    throw_type_error("maketrans() takes two bytes-like arguments");
  const std::string &from = a[0].as<Bytes>()->s, &to = a[1].as<Bytes>()->s;
  if (from.size() != to.size()) throw_value_error("maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; i++) table[static_cast<size_t>(i)] = static_cast<char>(i);
  for (size_t i = 0; i < from.size(); i++) table[static_cast<unsigned char>(from[i])] = to[i];
  return make_bytes(table);
}

Value b_translate(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  check_kwargs("translate", kw, {"delete"});
  check_args("translate", a, 2, 3);
  Value del = a.size() > 2 ? a[2] : Value::null();
  if (const Value* v = kwarg(kw, "delete")) del = *v;
  const Value& table = a[1];
  if (!table.is_none() && (!is_bytes(table) || table.as<Bytes>()->s.size() != 256))
    throw_value_error("translation table must be 256 characters long");
  std::string drop = del.is_null() ? std::string() : (is_bytes(del) ? del.as<Bytes>()->s : std::string());
  std::string out;
  for (char c : a[0].as<Bytes>()->s) {
    if (drop.find(c) != std::string::npos) continue;
    out.push_back(table.is_none() ? c : table.as<Bytes>()->s[static_cast<unsigned char>(c)]);
  }
  return make_bytes(out);
}

}  // namespace

void install_bytes_more() {
  Type* t = types().bytes;
  static const char* const via[] = {"capitalize", "center", "expandtabs", "isascii", "istitle", "ljust",
                                    "partition", "removeprefix", "removesuffix", "rjust", "rpartition",
                                    "rsplit", "title", "zfill", "swapcase"};
  for (const char* name : via)
    if (t->dict->get(name).is_null() && !types().str->dict->get(name).is_null())
      add_method(t, name, via_str, const_cast<char*>(name));
  add_method(t, "splitlines", b_splitlines);
  add_method(t, "translate", b_translate);
  t->dict->set("fromhex", Value(new ClassMethod(types().classmethod, make_native("fromhex", b_fromhex))));
  t->dict->set("maketrans", Value(new ClassMethod(types().staticmethod, make_native("maketrans", b_maketrans))));
}

}  // namespace sandbox::vm::lib
