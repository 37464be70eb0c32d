// reprlib.Repr.repr1 and its repr_<type> methods (see reprlib.h).
#include "runtime/reprlib.h"

#include <algorithm>

#include "runtime/runtime.h"
#include "vm/internal.h"
#include "vm/lib/unicode.h"
#include "vm/python_lib.h"
#include "vm/vm.h"

namespace sandbox::runtime {

namespace {

using vm::Value;

constexpr int kMaxLevel = 6;
constexpr size_t kMaxIter = 6;  // maxtuple, maxlist, maxset, maxfrozenset
constexpr size_t kMaxDict = 4;
constexpr size_t kMaxString = 30;
constexpr size_t kMaxLong = 40;
constexpr size_t kMaxOther = 30;
const char* const kFill = "...";

std::u32string utf8_to_u32(std::string_view s) {
  std::u32string u;
  for (size_t pos = 0, len = 0; pos < s.size(); pos += len) u += vm::lib::utf8_decode(s, pos, &len);
  return u;
}

std::string u32_to_utf8(std::u32string_view u) {
  std::string s;
  for (char32_t cp : u) vm::lib::append_utf8(s, cp);
  return s;
}

// The middle of s replaced by "...", keeping (max-3)//2 characters in
// front and the rest of max-3 behind (Repr.repr_int / repr_instance).
std::string cut_middle(const std::string& s, size_t max) {
  std::u32string u = utf8_to_u32(s);
  if (u.size() <= max) return s;
  size_t i = (max - 3) / 2, j = max - 3 - i;
  return u32_to_utf8(u.substr(0, i)) + kFill + u32_to_utf8(u.substr(u.size() - j));
}

// sorted(x) when the items are all ints or all strs (what reprlib's
// _possibly_sorted manages without user code), else the iteration order.
std::vector<Value> possibly_sorted(std::vector<Value> items) {
  const vm::CoreTypes& ct = vm::types();
  bool ints = std::all_of(items.begin(), items.end(), [&](const Value& v) { return v.is_int(); });
  bool strs = std::all_of(items.begin(), items.end(), [&](const Value& v) { return v.type() == ct.str; });
  if (ints)
    std::stable_sort(items.begin(), items.end(), [](const Value& a, const Value& b) { return a.as_int() < b.as_int(); });
  else if (strs)
    std::stable_sort(items.begin(), items.end(),
                     [](const Value& a, const Value& b) { return a.as<vm::Str>()->s < b.as<vm::Str>()->s; });
  return items;
}

std::string repr1(vm::VM& vm, const Value& x, int level);

// Repr._repr_iterable
std::string iterable(vm::VM& vm, const std::vector<Value>& x, int level, const std::string& left,
                     const std::string& right, const char* trail) {
  std::string s;
  if (level <= 0 && !x.empty()) {
    s = kFill;
  } else {
    for (size_t k = 0; k < x.size() && k < kMaxIter; ++k) {
      if (k) s += ", ";
      s += repr1(vm, x[k], level - 1);
    }
    if (x.size() > kMaxIter) s += std::string(", ") + kFill;
  }
  std::string r = right;
  if (x.size() == 1 && trail) r = trail + r;
  return left + s + r;
}

std::string repr_str(const std::string& s) {
  std::u32string u = utf8_to_u32(s);
  std::string r = vm::str_repr(u32_to_utf8(u.substr(0, kMaxString)));
  if (utf8_to_u32(r).size() <= kMaxString) return r;
  size_t i = (kMaxString - 3) / 2, j = kMaxString - 3 - i;
  std::u32string ends = u.substr(0, i) + u.substr(u.size() - std::min(j, u.size()));
  std::u32string q = utf8_to_u32(vm::str_repr(u32_to_utf8(ends)));
  return u32_to_utf8(q.substr(0, i)) + kFill + u32_to_utf8(q.substr(q.size() - j));
}

std::string repr1(vm::VM& vm, const Value& x, int level) {
  const vm::CoreTypes& ct = vm::types();
  vm::Type* t = x.type();
  if (t == ct.str) return repr_str(x.as<vm::Str>()->s);
  if (t == ct.int_) return cut_middle(vm.repr_str(x), kMaxLong);
  if (t == ct.tuple) return iterable(vm, x.as<vm::Tuple>()->items, level, "(", ")", ",");
  if (t == ct.list) return iterable(vm, x.as<vm::List>()->items, level, "[", "]", nullptr);
  if (t == ct.set || t == ct.frozenset) {
    std::vector<Value> items = vm.to_vector(x);
    bool frozen = t == ct.frozenset;
    if (items.empty()) return frozen ? "frozenset()" : "set()";
    return iterable(vm, possibly_sorted(std::move(items)), level, frozen ? "frozenset({" : "{",
                    frozen ? "})" : "}", nullptr);
  }
  if (t == ct.dict) {
    vm::Dict* d = x.as<vm::Dict>();
    if (d->size() == 0) return "{}";
    if (level <= 0) return std::string("{") + kFill + "}";
    std::vector<Value> keys;
    d->for_each([&](const Value& k, const Value&) { keys.push_back(k); });
    keys = possibly_sorted(std::move(keys));
    std::string s;
    for (size_t k = 0; k < keys.size() && k < kMaxDict; ++k) {
      if (k) s += ", ";
      s += repr1(vm, keys[k], level - 1) + ": " + repr1(vm, d->get(vm, keys[k]), level - 1);
    }
    if (keys.size() > kMaxDict) s += std::string(", ") + kFill;
    return "{" + s + "}";
  }
  return cut_middle(trace_repr(vm, x, 4096), kMaxOther);
}

}  // namespace

std::string reprlib_repr(vm::VM& vm, const Value& v) { return repr1(vm, v, kMaxLevel); }

std::string reprlib_instance(const std::string& repr) { return cut_middle(repr, kMaxOther); }

std::string library_file(vm::VM& vm, std::string_view relative) {
  std::string dir = vm.python_lib.empty() ? vm::default_python_lib() : vm.python_lib;
  return dir + "/" + std::string(relative);
}

}  // namespace sandbox::runtime
