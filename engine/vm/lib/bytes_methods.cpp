// bytes methods (Objects/bytesobject.c, Objects/bytes_methods.c): ASCII-only
// case and classes, byte indices.
#include <algorithm>

#include "vm/lib/install.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/str_util.h"

namespace sandbox::vm::lib {

namespace {

const std::string& bytes_of(const Value& v) { return v.as<Bytes>()->s; }

const std::string& want_bytes(const Value& v, const char* what) {
  if (!is_bytes(v)) throw_type_error("%s a bytes-like object is required, not '%s'", what, type_name(v));
  return bytes_of(v);
}

bool b_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

Value b_decode(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  check_kwargs("decode", kw, {"encoding", "errors"});
  check_args("decode", a.subspan(1), 0, 2);
  std::string enc = "utf-8", err = "strict";
  if (a.size() > 1) enc = str_of(want_str(a[1], "decode", 1));
  if (a.size() > 2) err = str_of(want_str(a[2], "decode", 2));
  if (const Value* v = kwarg(kw, "encoding")) enc = str_of(want_str(*v, "decode", 1));
  if (const Value* v = kwarg(kw, "errors")) err = str_of(want_str(*v, "decode", 2));
  return make_str(decode_bytes(bytes_of(a[0]), enc, err));
}

template <int Mode>  // 0 upper, 1 lower, 2 swapcase
Value b_case(VM&, NativeFunction*, Args a, const KwArgs*) {
  std::string s = bytes_of(a[0]);
  for (char& c : s) {
    bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
    if ((Mode == 0 || Mode == 2) && lo) c = static_cast<char>(c - 32);
    else if ((Mode == 1 || Mode == 2) && up) c = static_cast<char>(c + 32);
  }
  return make_bytes(s);
}

template <int Kind>  // 0 digit 1 alpha 2 space 3 alnum 4 upper 5 lower
Value b_is(VM&, NativeFunction*, Args a, const KwArgs*) {
  const std::string& s = bytes_of(a[0]);
  if (s.empty()) return Value::boolean(false);
  bool cased = false;
  for (unsigned char c : s) {
    bool d = c >= '0' && c <= '9', up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
    switch (Kind) {
      case 0: if (!d) return Value::boolean(false); break;
      case 1: if (!up && !lo) return Value::boolean(false); break;
      case 2: if (!b_space(c)) return Value::boolean(false); break;
      case 3: if (!up && !lo && !d) return Value::boolean(false); break;
      case 4: if (lo) return Value::boolean(false); cased |= up; break;
      case 5: if (up) return Value::boolean(false); cased |= lo; break;
    }
  }
  return Value::boolean(Kind >= 4 ? cased : true);
}

Value b_strip_impl(Args a, int side, const char* name) {  // 0 both 1 left 2 right
  check_args(name, a.subspan(1), 0, 1);
  const std::string& s = bytes_of(a[0]);
  bool ws = a.size() < 2 || a[1].is_none();
  std::string chars = ws ? std::string() : want_bytes(a[1], "");
  auto strip_it = [&](unsigned char c) { return ws ? b_space(c) : chars.find(static_cast<char>(c)) != std::string::npos; };
  size_t b = 0, e = s.size();
  if (side != 2)
    while (b < e && strip_it(static_cast<unsigned char>(s[b]))) b++;
  if (side != 1)
    while (e > b && strip_it(static_cast<unsigned char>(s[e - 1]))) e--;
  return make_bytes(std::string_view(s).substr(b, e - b));
}
Value b_strip(VM&, NativeFunction*, Args a, const KwArgs*) { return b_strip_impl(a, 0, "strip"); }
Value b_lstrip(VM&, NativeFunction*, Args a, const KwArgs*) { return b_strip_impl(a, 1, "lstrip"); }
Value b_rstrip(VM&, NativeFunction*, Args a, const KwArgs*) { return b_strip_impl(a, 2, "rstrip"); }

Value b_split(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  check_kwargs("split", kw, {"sep", "maxsplit"});
  Value sep = a.size() > 1 ? a[1] : Value();
  int64_t maxsplit = a.size() > 2 ? as_index(a[2]) : -1;
  if (const Value* v = kwarg(kw, "sep")) sep = *v;
  if (const Value* v = kwarg(kw, "maxsplit")) maxsplit = as_index(*v);
  if (maxsplit < 0) maxsplit = INT64_MAX;
  const std::string& s = bytes_of(a[0]);
  std::vector<Value> out;
  if (sep.is_none()) {
    size_t i = 0, n = s.size();
    while (true) {
      while (i < n && b_space(static_cast<unsigned char>(s[i]))) i++;
      if (i >= n) break;
      if (maxsplit-- == 0) {
        out.push_back(make_bytes(std::string_view(s).substr(i)));
        break;
      }
      size_t j = i;
      while (j < n && !b_space(static_cast<unsigned char>(s[j]))) j++;
      out.push_back(make_bytes(std::string_view(s).substr(i, j - i)));
      i = j;
    }
  } else {
    const std::string& d = want_bytes(sep, "");
    if (d.empty()) throw_value_error("empty separator");
    size_t i = 0;
    while (maxsplit-- > 0) {
      size_t j = s.find(d, i);
      if (j == std::string::npos) break;
      out.push_back(make_bytes(std::string_view(s).substr(i, j - i)));
      i = j + d.size();
    }
    out.push_back(make_bytes(std::string_view(s).substr(i)));
  }
  return make_list(std::move(out));
}

struct BRange {
  size_t b, e;
  bool valid;
};
BRange brange(Args a, size_t first, size_t len) {
  int64_t s, e;
  bool ok = adjust_indices(first < a.size() ? &a[first] : nullptr, first + 1 < a.size() ? &a[first + 1] : nullptr,
                           static_cast<int64_t>(len), s, e);
  return {static_cast<size_t>(s), static_cast<size_t>(std::max(s, e)), ok};
}

std::string sub_arg(const Value& v) {
  if (v.is_intlike()) {
    int64_t c = v.as_int();
    if (c < 0 || c > 255) throw_value_error("byte must be in range(0, 256)");
    return std::string(1, static_cast<char>(c));
  }
  if (!is_bytes(v)) throw_type_error("argument should be integer or bytes-like object, not '%s'", type_name(v));
  return bytes_of(v);
}

int64_t b_find_impl(Args a, const char* name, bool rev) {
  check_args(name, a.subspan(1), 1, 3);
  const std::string& s = bytes_of(a[0]);
  std::string sub = sub_arg(a[1]);
  BRange r = brange(a, 2, s.size());
  if (!r.valid || r.e - r.b < sub.size()) return -1;
  std::string_view hay = std::string_view(s).substr(r.b, r.e - r.b);
  size_t j = rev ? hay.rfind(sub) : hay.find(sub);
  return j == std::string_view::npos ? -1 : static_cast<int64_t>(r.b + j);
}
Value b_find(VM&, NativeFunction*, Args a, const KwArgs*) { return Value::integer(b_find_impl(a, "find", false)); }
Value b_rfind(VM&, NativeFunction*, Args a, const KwArgs*) { return Value::integer(b_find_impl(a, "rfind", true)); }
Value b_index(VM&, NativeFunction*, Args a, const KwArgs*) {
  int64_t i = b_find_impl(a, "index", false);
  if (i < 0) throw_value_error("subsection not found");
  return Value::integer(i);
}
Value b_count(VM&, NativeFunction*, Args a, const KwArgs*) {
  check_args("count", a.subspan(1), 1, 3);
  const std::string& s = bytes_of(a[0]);
  std::string sub = sub_arg(a[1]);
  BRange r = brange(a, 2, s.size());
  if (!r.valid) return Value::integer(0);
  std::string_view hay = std::string_view(s).substr(r.b, r.e - r.b);
  if (sub.empty()) return Value::integer(static_cast<int64_t>(hay.size()) + 1);
  int64_t n = 0;
  for (size_t i = hay.find(sub); i != std::string_view::npos; i = hay.find(sub, i + sub.size())) n++;
  return Value::integer(n);
}

Value b_starts_ends(Args a, const char* name, bool ends) {
  check_args(name, a.subspan(1), 1, 3);
  const std::string& s = bytes_of(a[0]);
  BRange r = brange(a, 2, s.size());
  auto test = [&](const Value& p) {
    const std::string& pre = bytes_of(p);
    if (!r.valid) return false;
    std::string_view hay = std::string_view(s).substr(r.b, r.e - r.b);
    if (pre.size() > hay.size()) return false;
    return ends ? hay.substr(hay.size() - pre.size()) == pre : hay.substr(0, pre.size()) == pre;
  };
  if (is_tuple(a[1])) {
    for (const Value& p : a[1].as<Tuple>()->items) {
      if (!is_bytes(p)) throw_type_error("a bytes-like object is required, not '%s'", type_name(p));
      if (test(p)) return Value::boolean(true);
    }
    return Value::boolean(false);
  }
  if (!is_bytes(a[1]))
    throw_type_error("%s first arg must be bytes or a tuple of bytes, not %s", name, type_name(a[1]));
  return Value::boolean(test(a[1]));
}
Value b_startswith(VM&, NativeFunction*, Args a, const KwArgs*) { return b_starts_ends(a, "startswith", false); }
Value b_endswith(VM&, NativeFunction*, Args a, const KwArgs*) { return b_starts_ends(a, "endswith", true); }

Value b_join(VM& vm, NativeFunction*, Args a, const KwArgs*) {
  check_one_arg("join", a.subspan(1));
  std::vector<Value> items = vm.to_vector(a[1]);
  const std::string& sep = bytes_of(a[0]);
  std::string out;
  for (size_t i = 0; i < items.size(); i++) {
    if (!is_bytes(items[i]))
      throw_type_error("sequence item %zu: expected a bytes-like object, %s found", i, type_name(items[i]));
    if (i) out += sep;
    out += bytes_of(items[i]);
  }
  return make_bytes(out);
}

Value b_replace(VM&, NativeFunction*, Args a, const KwArgs*) {
  check_args("replace", a.subspan(1), 2, 3);
  const std::string& s = bytes_of(a[0]);
  const std::string& old = want_bytes(a[1], "");
  const std::string& rep = want_bytes(a[2], "");
  int64_t count = a.size() > 3 ? as_index(a[3]) : -1;
  if (count < 0) count = INT64_MAX;
  std::string out;
  if (old.empty()) {
    size_t pos = 0;
    for (; pos < s.size() && count > 0; pos++, count--) {
      out += rep;
      out.push_back(s[pos]);
    }
    if (pos >= s.size() && count > 0) out += rep;
    out.append(s, pos, std::string::npos);
    return make_bytes(out);
  }
  size_t i = 0;
  while (count-- > 0) {
    size_t j = s.find(old, i);
    if (j == std::string::npos) break;
    out.append(s, i, j - i);
    out += rep;
    i = j + old.size();
  }
  out.append(s, i, std::string::npos);
  return make_bytes(out);
}

Value b_hex(VM&, NativeFunction*, Args a, const KwArgs*) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (unsigned char c : bytes_of(a[0])) {
    out.push_back(digits[c >> 4]);
    out.push_back(digits[c & 15]);
  }
  return make_str(std::move(out));
}

}  // namespace

void install_bytes_methods() {
  Type* t = types().bytes;
  struct M {
    const char* name;
    NativeFn fn;
  };
  for (const M& m : {M{"decode", b_decode}, M{"upper", b_case<0>}, M{"lower", b_case<1>}, M{"swapcase", b_case<2>},
                     M{"isdigit", b_is<0>}, M{"isalpha", b_is<1>}, M{"isspace", b_is<2>}, M{"isalnum", b_is<3>},
                     M{"isupper", b_is<4>}, M{"islower", b_is<5>}, M{"strip", b_strip}, M{"lstrip", b_lstrip},
                     M{"rstrip", b_rstrip}, M{"split", b_split}, M{"find", b_find}, M{"rfind", b_rfind},
                     M{"index", b_index}, M{"count", b_count}, M{"startswith", b_startswith},
                     M{"endswith", b_endswith}, M{"join", b_join}, M{"replace", b_replace}, M{"hex", b_hex}})
    add_method(t, m.name, m.fn);
}

}  // namespace sandbox::vm::lib
