// str methods (Objects/unicodeobject.c and Objects/stringlib), UTF-8 aware:
// indices, widths and counts are in code points.
#include <algorithm>

#include "vm/lib/install.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/number_format.h"
#include "vm/lib/str_util.h"

namespace sandbox::vm::lib {

bool adjust_indices(const Value* start, const Value* end, int64_t len, int64_t& s, int64_t& e) {
  s = 0;
  e = len;
  if (start && !start->is_none()) s = as_index(*start);
  if (end && !end->is_none()) e = as_index(*end);
  if (e > len)
    e = len;
  else if (e < 0) {
    e += len;
    if (e < 0) e = 0;
  }
  if (s < 0) {
    s += len;
    if (s < 0) s = 0;
  }
  return s <= len;
}

const Value& want_str(const Value& v, const char* fname, int argno) {
  if (!is_str(v)) throw_type_error("%s() argument %d must be str, not %s", fname, argno, type_name(v));
  return v;
}

namespace {

Value new_str(std::string&& s) { return make_str(std::move(s)); }

const Value* opt(Args a, size_t i) { return i < a.size() ? &a[i] : nullptr; }

// ---- case
template <void (*Map)(std::string&, char32_t)>
Value map_chars(const Value& self) {
  const std::string& s = str_of(self);
  std::string out;
  out.reserve(s.size());
  for (size_t pos = 0; pos < s.size();) {
    size_t len;
    char32_t cp = utf8_decode(s, pos, &len);
    Map(out, cp);
    pos += len;
  }
  return new_str(std::move(out));
}

Value s_upper(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("upper", kw);
  check_no_args("upper", a.subspan(1));
  return map_chars<append_upper>(a[0]);
}
Value s_lower(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("lower", kw);
  check_no_args("lower", a.subspan(1));
  return map_chars<append_lower>(a[0]);
}
void append_swapcase(std::string& out, char32_t cp) {
  if (uni_isupper(cp))
    append_lower(out, cp);
  else if (uni_islower(cp))
    append_upper(out, cp);
  else
    append_utf8(out, cp);
}
Value s_swapcase(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("swapcase", kw);
  check_no_args("swapcase", a.subspan(1));
  return map_chars<append_swapcase>(a[0]);
}
Value s_casefold(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("casefold", kw);
  check_no_args("casefold", a.subspan(1));
  return map_chars<append_lower>(a[0]);
}

// do_title()
Value s_title(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("title", kw);
  check_no_args("title", a.subspan(1));
  const std::string& s = str_of(a[0]);
  std::string out;
  bool prev_cased = false;
  for (size_t pos = 0; pos < s.size();) {
    size_t len;
    char32_t cp = utf8_decode(s, pos, &len);
    if (prev_cased)
      append_lower(out, cp);
    else
      append_title(out, cp);
    prev_cased = uni_iscased(cp);
    pos += len;
  }
  return new_str(std::move(out));
}

// do_capitalize(): title-case the first character, lower the rest.
Value s_capitalize(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("capitalize", kw);
  check_no_args("capitalize", a.subspan(1));
  const std::string& s = str_of(a[0]);
  std::string out;
  for (size_t pos = 0; pos < s.size();) {
    size_t len;
    char32_t cp = utf8_decode(s, pos, &len);
    if (pos == 0)
      append_title(out, cp);
    else
      append_lower(out, cp);
    pos += len;
  }
  return new_str(std::move(out));
}

// ---- predicates
template <bool (*Pred)(char32_t)>
Value all_chars(const Value& self) {
  const std::string& s = str_of(self);
  if (s.empty()) return Value::boolean(false);
  for (size_t pos = 0; pos < s.size();) {
    size_t len;
    if (!Pred(utf8_decode(s, pos, &len))) return Value::boolean(false);
    pos += len;
  }
  return Value::boolean(true);
}
bool uni_isalnum(char32_t c) { return uni_isalpha(c) || uni_isdecimal(c) || uni_isdigit(c) || uni_isnumeric(c); }

#define PREDICATE(fname, pred)                                        \
  Value s_##fname(VM&, NativeFunction*, Args a, const KwArgs* kw) {   \
    no_kwargs(#fname, kw);                                            \
    check_no_args(#fname, a.subspan(1));                              \
    return all_chars<pred>(a[0]);                                     \
  }
PREDICATE(isdigit, uni_isdigit)
PREDICATE(isalpha, uni_isalpha)
PREDICATE(isspace, uni_isspace)
PREDICATE(isdecimal, uni_isdecimal)
PREDICATE(isnumeric, uni_isnumeric)
PREDICATE(isalnum, uni_isalnum)
PREDICATE(isprintable_nonempty, uni_isprintable)
#undef PREDICATE

Value s_isprintable(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("isprintable", kw);
  if (str_of(a[0]).empty()) return Value::boolean(true);
  return all_chars<uni_isprintable>(a[0]);
}

Value s_isascii(VM&, NativeFunction*, Args a, const KwArgs*) { return Value::boolean(a[0].as<Str>()->ascii); }

Value s_isupper(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("isupper", kw);
  const std::string& s = str_of(a[0]);
  bool cased = false;
  for (size_t pos = 0; pos < s.size();) {
    size_t len;
    char32_t cp = utf8_decode(s, pos, &len);
    if (uni_islower(cp) || uni_istitle(cp)) return Value::boolean(false);
    if (uni_isupper(cp)) cased = true;
    pos += len;
  }
  return Value::boolean(cased);
}

Value s_islower(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("islower", kw);
  const std::string& s = str_of(a[0]);
  bool cased = false;
  for (size_t pos = 0; pos < s.size();) {
    size_t len;
    char32_t cp = utf8_decode(s, pos, &len);
    if (uni_isupper(cp) || uni_istitle(cp)) return Value::boolean(false);
    if (uni_islower(cp)) cased = true;
    pos += len;
  }
  return Value::boolean(cased);
}

Value s_istitle(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("istitle", kw);
  const std::string& s = str_of(a[0]);
  bool cased = false, prev_cased = false;
  for (size_t pos = 0; pos < s.size();) {
    size_t len;
    char32_t cp = utf8_decode(s, pos, &len);
    if (uni_isupper(cp) || uni_istitle(cp)) {
      if (prev_cased) return Value::boolean(false);
      prev_cased = cased = true;
    } else if (uni_islower(cp)) {
      if (!prev_cased) return Value::boolean(false);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
    pos += len;
  }
  return Value::boolean(cased);
}

Value s_isidentifier(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("isidentifier", kw);
  const std::string& s = str_of(a[0]);
  if (s.empty()) return Value::boolean(false);
  for (size_t pos = 0; pos < s.size();) {
    size_t len;
    char32_t cp = utf8_decode(s, pos, &len);
    bool ok = cp == '_' || uni_isalpha(cp) || (pos > 0 && (uni_isdigit(cp) || uni_isdecimal(cp)));
    if (!ok) return Value::boolean(false);
    pos += len;
  }
  return Value::boolean(true);
}

// ---- strip
enum class Side { Left, Right, Both };
Value do_strip(const Value& self, const Value* chars, Side side, const char* name) {
  const std::string& s = str_of(self);
  size_t b = 0, e = s.size();
  if (!chars || chars->is_none()) {
    while (b < e) {
      size_t len;
      char32_t cp = utf8_decode(s, b, &len);
      if (side == Side::Right || !uni_isspace(cp)) break;
      b += len;
    }
    while (e > b && side != Side::Left) {
      size_t start = e - 1;
      while (start > b && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) start--;
      size_t len;
      if (!uni_isspace(utf8_decode(s, start, &len))) break;
      e = start;
    }
  } else {
    if (!is_str(*chars)) throw_type_error("%s arg must be None or str", name);
    const std::string& cs = str_of(*chars);
    auto in_set = [&](std::string_view ch) { return cs.find(ch) != std::string::npos; };
    while (b < e && side != Side::Right) {
      size_t len;
      utf8_decode(s, b, &len);
      if (!in_set(std::string_view(s).substr(b, len))) break;
      b += len;
    }
    while (e > b && side != Side::Left) {
      size_t start = e - 1;
      while (start > b && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) start--;
      if (!in_set(std::string_view(s).substr(start, e - start))) break;
      e = start;
    }
  }
  if (b == 0 && e == s.size()) return self;
  return make_str(std::string_view(s).substr(b, e - b));
}

Value s_strip(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("strip", kw);
  check_args("strip", a.subspan(1), 0, 1);
  return do_strip(a[0], opt(a, 1), Side::Both, "strip");
}
Value s_lstrip(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("lstrip", kw);
  check_args("lstrip", a.subspan(1), 0, 1);
  return do_strip(a[0], opt(a, 1), Side::Left, "lstrip");
}
Value s_rstrip(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("rstrip", kw);
  check_args("rstrip", a.subspan(1), 0, 1);
  return do_strip(a[0], opt(a, 1), Side::Right, "rstrip");
}

// ---- split
void parse_split_args(Args a, const KwArgs* kw, const char* name, Value& sep, int64_t& maxsplit) {
  check_kwargs(name, kw, {"sep", "maxsplit"});
  if (a.size() > 3) throw_type_error("%s() takes at most 2 arguments (%zu given)", name, a.size() - 1);
  sep = a.size() > 1 ? a[1] : Value();
  maxsplit = -1;
  if (a.size() > 2) maxsplit = as_index(a[2]);
  if (const Value* v = kwarg(kw, "sep")) sep = *v;
  if (const Value* v = kwarg(kw, "maxsplit")) maxsplit = as_index(*v);
  if (!sep.is_none()) {
    if (!is_str(sep)) throw_type_error("must be str or None, not %s", type_name(sep));
    if (str_of(sep).empty()) throw_value_error("empty separator");
  }
  if (maxsplit < 0) maxsplit = INT64_MAX;
}

bool space_at(const std::string& s, size_t pos, size_t* len) { return uni_isspace(utf8_decode(s, pos, len)); }

Value s_split(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  Value sep;
  int64_t maxsplit;
  parse_split_args(a, kw, "split", sep, maxsplit);
  const std::string& s = str_of(a[0]);
  std::vector<Value> out;
  if (sep.is_none()) {
    size_t i = 0, n = s.size(), len;
    while (true) {
      while (i < n && space_at(s, i, &len)) i += len;
      if (i >= n) break;
      if (maxsplit-- == 0) {
        // The rest as it is (CPython keeps its trailing whitespace).
        out.push_back(make_str(std::string_view(s).substr(i)));
        break;
      }
      size_t j = i;
      while (j < n && !space_at(s, j, &len)) j += len;
      out.push_back(make_str(std::string_view(s).substr(i, j - i)));
      i = j;
    }
  } else {
    const std::string& d = str_of(sep);
    size_t i = 0;
    while (maxsplit-- > 0) {
      size_t j = s.find(d, i);
      if (j == std::string::npos) break;
      out.push_back(make_str(std::string_view(s).substr(i, j - i)));
      i = j + d.size();
    }
    out.push_back(make_str(std::string_view(s).substr(i)));
  }
  return make_list(std::move(out));
}

Value s_rsplit(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  Value sep;
  int64_t maxsplit;
  parse_split_args(a, kw, "rsplit", sep, maxsplit);
  const std::string& s = str_of(a[0]);
  std::vector<Value> out;
  auto prev_start = [&](size_t e) {
    size_t st = e - 1;
    while (st > 0 && (static_cast<unsigned char>(s[st]) & 0xC0) == 0x80) st--;
    return st;
  };
  if (sep.is_none()) {
    size_t e = s.size(), len;
    while (true) {
      while (e > 0) {
        size_t st = prev_start(e);
        if (!space_at(s, st, &len)) break;
        e = st;
      }
      if (e == 0) break;
      if (maxsplit-- == 0) {
        // The rest as it is (CPython keeps its leading whitespace).
        out.push_back(make_str(std::string_view(s).substr(0, e)));
        break;
      }
      size_t b = e;
      while (b > 0) {
        size_t st = prev_start(b);
        if (space_at(s, st, &len)) break;
        b = st;
      }
      out.push_back(make_str(std::string_view(s).substr(b, e - b)));
      e = b;
    }
  } else {
    const std::string& d = str_of(sep);
    size_t e = s.size();
    while (maxsplit-- > 0 && e >= d.size()) {
      size_t j = s.rfind(d, e - d.size());
      if (j == std::string::npos) break;
      out.push_back(make_str(std::string_view(s).substr(j + d.size(), e - j - d.size())));
      e = j;
    }
    out.push_back(make_str(std::string_view(s).substr(0, e)));
  }
  std::reverse(out.begin(), out.end());
  return make_list(std::move(out));
}

// str.splitlines(keepends=False): Unicode line boundaries.
Value s_splitlines(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  check_kwargs("splitlines", kw, {"keepends"});
  bool keepends = a.size() > 1 && vm.truthy(a[1]);
  if (const Value* v = kwarg(kw, "keepends")) keepends = vm.truthy(*v);
  const std::string& s = str_of(a[0]);
  std::vector<Value> out;
  size_t i = 0, n = s.size();
  while (i < n) {
    size_t j = i, eol = 0;
    while (j < n) {
      size_t len;
      char32_t cp = utf8_decode(s, j, &len);
      if (cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x1C || cp == 0x1D || cp == 0x1E ||
          cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
        eol = len;
        if (cp == '\r' && j + 1 < n && s[j + 1] == '\n') eol = 2;
        break;
      }
      j += len;
    }
    out.push_back(make_str(std::string_view(s).substr(i, (keepends ? j + eol : j) - i)));
    i = j + eol;
  }
  return make_list(std::move(out));
}

Value s_join(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("join", kw);
  check_one_arg("join", a.subspan(1));
  const std::string& sep = str_of(a[0]);
  const Value& iterable = a[1];
  std::vector<Value> tmp;
  const std::vector<Value>* items;
  if (is_list(iterable))
    items = &iterable.as<List>()->items;
  else if (is_tuple(iterable))
    items = &iterable.as<Tuple>()->items;
  else {
    if (!iterable.type()->iter && type_lookup(iterable.type(), "__iter__").is_null() &&
        type_lookup(iterable.type(), "__getitem__").is_null())
      throw_type_error("can only join an iterable");
    tmp = vm.to_vector(iterable);
    items = &tmp;
  }
  size_t total = 0;
  for (size_t i = 0; i < items->size(); i++) {
    const Value& v = (*items)[i];
    if (!is_str(v))
      throw_type_error("sequence item %zu: expected str instance, %s found", i, type_name(v));
    total += str_of(v).size() + sep.size();
  }
  if (items->size() == 1) return (*items)[0];
  std::string out;
  out.reserve(total);
  for (size_t i = 0; i < items->size(); i++) {
    if (i) out.append(sep);
    out.append(str_of((*items)[i]));
  }
  return new_str(std::move(out));
}

Value s_replace(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("replace", kw);
  check_args("replace", a.subspan(1), 2, 3);
  const std::string& s = str_of(a[0]);
  const std::string& old = str_of(want_str(a[1], "replace", 1));
  const std::string& rep = str_of(want_str(a[2], "replace", 2));
  int64_t count = a.size() > 3 ? as_index(a[3]) : -1;
  if (count < 0) count = INT64_MAX;
  std::string out;
  if (old.empty()) {
    // Insert `rep` before every code point and at the end.
    size_t pos = 0;
    while (pos < s.size() && count > 0) {
      out.append(rep);
      count--;
      size_t len;
      utf8_decode(s, pos, &len);
      out.append(s, pos, len);
      pos += len;
    }
    if (pos >= s.size() && count > 0) {
      out.append(rep);
    } else {
      out.append(s, pos, std::string::npos);
    }
    return new_str(std::move(out));
  }
  size_t i = 0;
  bool any = false;
  while (count > 0) {
    size_t j = s.find(old, i);
    if (j == std::string::npos) break;
    out.append(s, i, j - i);
    out.append(rep);
    i = j + old.size();
    count--;
    any = true;
  }
  if (!any) return a[0];
  out.append(s, i, std::string::npos);
  return new_str(std::move(out));
}

// ---- searching
struct Range {
  size_t b, e;  // byte range
  int64_t start_index;
  bool valid;
};

Range search_range(const StrView& sv, Args a, size_t first) {
  int64_t st, en;
  bool ok = adjust_indices(opt(a, first), opt(a, first + 1), sv.length, st, en);
  Range r{0, 0, st, ok};
  if (!ok) return r;
  r.b = sv.byte_at(st);
  r.e = en < st ? r.b : sv.byte_at(en);
  return r;
}

int64_t find_impl(Args a, const char* name, bool reverse) {
  check_args(name, a.subspan(1), 1, 3);
  StrView sv(a[0]);
  if (!is_str(a[1])) throw_type_error("must be str, not %s", type_name(a[1]));
  const std::string& sub = str_of(a[1]);
  Range r = search_range(sv, a, 2);
  if (!r.valid) return -1;
  if (r.e < r.b || r.e - r.b < sub.size()) return -1;
  std::string_view hay = sv.s.substr(r.b, r.e - r.b);
  size_t j = reverse ? hay.rfind(sub) : hay.find(sub);
  if (j == std::string_view::npos) return -1;
  return sv.index_of_byte(r.b + j);
}

Value s_find(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("find", kw);
  return Value::integer(find_impl(a, "find", false));
}
Value s_rfind(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("rfind", kw);
  return Value::integer(find_impl(a, "rfind", true));
}
Value s_index(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("index", kw);
  int64_t i = find_impl(a, "index", false);
  if (i < 0) throw_value_error("substring not found");
  return Value::integer(i);
}
Value s_rindex(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("rindex", kw);
  int64_t i = find_impl(a, "rindex", true);
  if (i < 0) throw_value_error("substring not found");
  return Value::integer(i);
}

Value s_count(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("count", kw);
  check_args("count", a.subspan(1), 1, 3);
  StrView sv(a[0]);
  if (!is_str(a[1])) throw_type_error("must be str, not %s", type_name(a[1]));
  const std::string& sub = str_of(a[1]);
  Range r = search_range(sv, a, 2);
  if (!r.valid || r.e < r.b) return Value::integer(0);
  std::string_view hay = sv.s.substr(r.b, r.e - r.b);
  if (sub.empty()) return Value::integer(static_cast<int64_t>(utf8_length(hay)) + 1);
  int64_t n = 0;
  for (size_t i = hay.find(sub); i != std::string_view::npos; i = hay.find(sub, i + sub.size())) n++;
  return Value::integer(n);
}

Value starts_ends(Args a, const char* name, bool ends) {
  check_args(name, a.subspan(1), 1, 3);
  StrView sv(a[0]);
  Range r = search_range(sv, a, 2);
  auto test = [&](const Value& p) {
    const std::string& pre = str_of(p);
    if (!r.valid) return false;
    if (r.e < r.b) return pre.empty() && false;
    std::string_view hay = sv.s.substr(r.b, r.e - r.b);
    if (pre.size() > hay.size()) return false;
    return ends ? hay.substr(hay.size() - pre.size()) == pre : hay.substr(0, pre.size()) == pre;
  };
  const Value& p = a[1];
  if (is_tuple(p)) {
    for (const Value& item : p.as<Tuple>()->items) {
      if (!is_str(item))
        throw_type_error("tuple for %s must only contain str, not %s", name, type_name(item));
      if (test(item)) return Value::boolean(true);
    }
    return Value::boolean(false);
  }
  if (!is_str(p)) throw_type_error("%s first arg must be str or a tuple of str, not %s", name, type_name(p));
  return Value::boolean(test(p));
}
Value s_startswith(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("startswith", kw);
  return starts_ends(a, "startswith", false);
}
Value s_endswith(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("endswith", kw);
  return starts_ends(a, "endswith", true);
}

Value s_removeprefix(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("removeprefix", kw);
  check_one_arg("removeprefix", a.subspan(1));
  const std::string& s = str_of(a[0]);
  const std::string& p = str_of(want_str(a[1], "removeprefix", 1));
  if (!p.empty() && s.compare(0, p.size(), p) == 0) return make_str(std::string_view(s).substr(p.size()));
  return a[0];
}
Value s_removesuffix(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("removesuffix", kw);
  check_one_arg("removesuffix", a.subspan(1));
  const std::string& s = str_of(a[0]);
  const std::string& p = str_of(want_str(a[1], "removesuffix", 1));
  if (!p.empty() && s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0)
    return make_str(std::string_view(s).substr(0, s.size() - p.size()));
  return a[0];
}

Value partition_impl(Args a, const char* name, bool reverse) {
  check_one_arg(name, a.subspan(1));
  const std::string& s = str_of(a[0]);
  if (!is_str(a[1])) throw_type_error("must be str, not %s", type_name(a[1]));
  const std::string& sep = str_of(a[1]);
  if (sep.empty()) throw_value_error("empty separator");
  size_t j = reverse ? s.rfind(sep) : s.find(sep);
  if (j == std::string::npos) {
    if (reverse) return make_tuple({make_str(std::string_view()), make_str(std::string_view()), a[0]});
    return make_tuple({a[0], make_str(std::string_view()), make_str(std::string_view())});
  }
  return make_tuple({make_str(std::string_view(s).substr(0, j)), a[1],
                     make_str(std::string_view(s).substr(j + sep.size()))});
}
Value s_partition(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("partition", kw);
  return partition_impl(a, "partition", false);
}
Value s_rpartition(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("rpartition", kw);
  return partition_impl(a, "rpartition", true);
}

// ---- padding
char32_t fill_arg(Args a, size_t i, const char* name) {
  if (i >= a.size()) return ' ';
  const Value& f = a[i];
  if (!is_str(f)) throw_type_error("%s() argument 2 must be str, not %s", name, type_name(f));
  if (f.as<Str>()->length != 1) throw_type_error("The fill character must be exactly one character long");
  size_t len;
  return utf8_decode(str_of(f), 0, &len);
}

void append_fill_n(std::string& out, char32_t c, int64_t n) {
  for (int64_t i = 0; i < n; i++) append_utf8(out, c);
}

Value pad_impl(Args a, const char* name, int mode) {  // 0 ljust, 1 rjust, 2 center
  check_args(name, a.subspan(1), 1, 2);
  int64_t width = as_index(a[1]);
  char32_t fill = fill_arg(a, 2, name);
  int64_t len = a[0].as<Str>()->length;
  if (len >= width) return a[0];
  int64_t marg = width - len, left;
  if (mode == 0)
    left = 0;
  else if (mode == 1)
    left = marg;
  else
    left = marg / 2 + (marg & width & 1);
  std::string out;
  append_fill_n(out, fill, left);
  out.append(str_of(a[0]));
  append_fill_n(out, fill, marg - left);
  return new_str(std::move(out));
}
Value s_ljust(VM&, NativeFunction*, Args a, const KwArgs* kw) { no_kwargs("ljust", kw); return pad_impl(a, "ljust", 0); }
Value s_rjust(VM&, NativeFunction*, Args a, const KwArgs* kw) { no_kwargs("rjust", kw); return pad_impl(a, "rjust", 1); }
Value s_center(VM&, NativeFunction*, Args a, const KwArgs* kw) { no_kwargs("center", kw); return pad_impl(a, "center", 2); }

Value s_zfill(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("zfill", kw);
  check_one_arg("zfill", a.subspan(1));
  int64_t width = as_index(a[1]);
  const std::string& s = str_of(a[0]);
  int64_t len = a[0].as<Str>()->length;
  if (len >= width) return a[0];
  std::string out;
  size_t start = 0;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    out.push_back(s[0]);
    start = 1;
  }
  out.append(static_cast<size_t>(width - len), '0');
  out.append(s, start, std::string::npos);
  return new_str(std::move(out));
}

Value s_expandtabs(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  check_kwargs("expandtabs", kw, {"tabsize"});
  int64_t tab = a.size() > 1 ? as_index(a[1]) : 8;
  if (const Value* v = kwarg(kw, "tabsize")) tab = as_index(*v);
  const std::string& s = str_of(a[0]);
  std::string out;
  int64_t col = 0;
  for (size_t pos = 0; pos < s.size();) {
    size_t len;
    char32_t cp = utf8_decode(s, pos, &len);
    if (cp == '\t') {
      if (tab > 0) {
        int64_t n = tab - col % tab;
        out.append(static_cast<size_t>(n), ' ');
        col += n;
      }
    } else {
      out.append(s, pos, len);
      col = (cp == '\n' || cp == '\r') ? 0 : col + 1;
    }
    pos += len;
  }
  return new_str(std::move(out));
}

Value s_encode(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  check_kwargs("encode", kw, {"encoding", "errors"});
  check_args("encode", a.subspan(1), 0, 2);
  std::string enc = "utf-8", err = "strict";
  if (a.size() > 1) enc = str_of(want_str(a[1], "encode", 1));
  if (a.size() > 2) err = str_of(want_str(a[2], "encode", 2));
  if (const Value* v = kwarg(kw, "encoding")) enc = str_of(want_str(*v, "encode", 1));
  if (const Value* v = kwarg(kw, "errors")) err = str_of(want_str(*v, "encode", 2));
  return make_bytes(encode_str(str_of(a[0]), enc, err));
}


Value s_dunder_format(VM&, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("__format__", kw);
  check_one_arg("__format__", a.subspan(1));
  if (!is_str(a[1])) throw_type_error("__format__() argument must be str, not %s", type_name(a[1]));
  if (str_of(a[1]).empty()) return a[0];
  std::string out;
  guarded([&] { format_str(out, str_of(a[0]), str_of(a[1])); });
  return new_str(std::move(out));
}

}  // namespace

Value str_format_impl(VM& vm, Args a, const KwArgs* kw);       // str_format.cpp
Value str_percent_format(VM& vm, const Value& fmt, const Value& args);  // str_percent.cpp

namespace {
Value s_format(VM& vm, NativeFunction*, Args a, const KwArgs* kw) { return str_format_impl(vm, a, kw); }

// repr(str) with CPython's printability table (unicode.h): non-printable
// non-ASCII characters (U+00A0, U+200B, ...) are escaped like CPython does.
Value str_repr_slot(VM&, const Value& v) {
  std::string out;
  append_str_repr(out, str_of(v));
  return make_str(std::move(out));
}

Value str_binary(VM& vm, BinOp op, const Value& a, const Value& b, bool reflected) {
  if (op == BinOp::Mod && !reflected && is_str(a)) return str_percent_format(vm, a, b);
  return Value::null();
}
}  // namespace

void install_str_methods() {
  Type* t = types().str;
  struct M {
    const char* name;
    NativeFn fn;
  };
  for (const M& m : {M{"upper", s_upper}, M{"lower", s_lower}, M{"swapcase", s_swapcase}, M{"casefold", s_casefold},
                     M{"title", s_title}, M{"capitalize", s_capitalize}, M{"isdigit", s_isdigit},
                     M{"isalpha", s_isalpha}, M{"isspace", s_isspace}, M{"isdecimal", s_isdecimal},
                     M{"isnumeric", s_isnumeric}, M{"isalnum", s_isalnum}, M{"isprintable", s_isprintable},
                     M{"isascii", s_isascii}, M{"isupper", s_isupper}, M{"islower", s_islower},
                     M{"istitle", s_istitle}, M{"isidentifier", s_isidentifier}, M{"strip", s_strip},
                     M{"lstrip", s_lstrip}, M{"rstrip", s_rstrip}, M{"split", s_split}, M{"rsplit", s_rsplit},
                     M{"splitlines", s_splitlines}, M{"join", s_join}, M{"replace", s_replace}, M{"find", s_find},
                     M{"rfind", s_rfind}, M{"index", s_index}, M{"rindex", s_rindex}, M{"count", s_count},
                     M{"startswith", s_startswith}, M{"endswith", s_endswith}, M{"removeprefix", s_removeprefix},
                     M{"removesuffix", s_removesuffix}, M{"partition", s_partition}, M{"rpartition", s_rpartition},
                     M{"ljust", s_ljust}, M{"rjust", s_rjust}, M{"center", s_center}, M{"zfill", s_zfill},
                     M{"expandtabs", s_expandtabs}, M{"encode", s_encode}, M{"format", s_format},
                     M{"__format__", s_dunder_format}})
    add_method(t, m.name, m.fn);
  (void)s_isprintable_nonempty;
  t->binary = str_binary;
  t->repr = str_repr_slot;
}

}  // namespace sandbox::vm::lib
