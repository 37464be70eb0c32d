// str.format: Objects/stringlib/unicode_format.h (MarkupIterator,
// field_name_split, render_field) with CPython's error messages.
#include "vm/lib/install.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/unicode.h"

namespace sandbox::vm::lib {

namespace {

struct FormatState {
  VM& vm;
  Args args;  // positional arguments (without self)
  const KwArgs* kw;
  int auto_number = 0;  // 0 unknown, 1 auto, 2 manual
  int64_t next_index = 0;
  Value mapping = Value::null();  // format_map: names are looked up here
};

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

Value get_field(FormatState& st, std::string_view name) {
  // first part: up to '.' or '['
  size_t i = 0;
  while (i < name.size() && name[i] != '.' && name[i] != '[') i++;
  std::string_view first = name.substr(0, i);
  Value obj;
  if (first.empty() || all_digits(first)) {
    int64_t index;
    if (first.empty()) {
      if (st.auto_number == 2)
        throw_value_error("cannot switch from manual field specification to automatic field numbering");
      st.auto_number = 1;
      index = st.next_index++;
    } else {
      if (st.auto_number == 1)
        throw_value_error("cannot switch from automatic field numbering to manual field specification");
      st.auto_number = 2;
      index = std::stoll(std::string(first));
    }
    if (index >= static_cast<int64_t>(st.args.size()))
      throw_index_error("Replacement index %lld out of range for positional args tuple", static_cast<long long>(index));
    obj = st.args[static_cast<size_t>(index)];
  } else {
    if (!st.mapping.is_null()) {
      obj = st.vm.getitem(st.mapping, make_str(first));
    } else {
      const Value* v = st.kw ? st.kw->get(first) : nullptr;
      if (!v) throw_key_error(make_str(first));
      obj = *v;
    }
  }
  while (i < name.size()) {
    if (name[i] == '.') {
      size_t j = ++i;
      while (j < name.size() && name[j] != '.' && name[j] != '[') j++;
      if (j == i) throw_value_error("Empty attribute in format string");
      obj = st.vm.getattr(obj, name.substr(i, j - i));
      i = j;
    } else {  // '['
      size_t j = ++i;
      while (j < name.size() && name[j] != ']') j++;
      if (j >= name.size()) throw_value_error("Missing ']' in format string");
      std::string_view key = name.substr(i, j - i);
      if (key.empty()) throw_value_error("Empty attribute in format string");
      Value k = all_digits(key) ? Value::integer(std::stoll(std::string(key))) : make_str(key);
      obj = st.vm.getitem(obj, k);
      i = j + 1;
      if (i < name.size() && name[i] != '.' && name[i] != '[')
        throw_value_error("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

void render(FormatState& st, std::string_view fmt, std::string& out, int depth) {
  if (depth <= 0) throw_value_error("Max string recursion exceeded");
  size_t i = 0, n = fmt.size();
  while (i < n) {
    char c = fmt[i];
    if (c == '}') {
      if (i + 1 < n && fmt[i + 1] == '}') {
        out.push_back('}');
        i += 2;
        continue;
      }
      throw_value_error("Single '}' encountered in format string");
    }
    if (c != '{') {
      size_t j = i;
      while (j < n && fmt[j] != '{' && fmt[j] != '}') j++;
      out.append(fmt.substr(i, j - i));
      i = j;
      continue;
    }
    if (i + 1 < n && fmt[i + 1] == '{') {
      out.push_back('{');
      i += 2;
      continue;
    }
    // A field: find the matching '}' (nested braces count).
    size_t start = ++i;
    int level = 1;
    while (i < n) {
      if (fmt[i] == '{')
        level++;
      else if (fmt[i] == '}' && --level == 0)
        break;
      i++;
    }
    if (level != 0) throw_value_error("expected '}' before end of string");
    std::string_view field = fmt.substr(start, i - start);
    i++;  // past '}'
    // Split field into name, conversion and spec (brackets may hold ':' / '!').
    size_t k = 0;
    while (k < field.size() && field[k] != ':' && field[k] != '!') {
      if (field[k] == '[') {
        while (k < field.size() && field[k] != ']') k++;
        if (k < field.size()) k++;
        continue;
      }
      if (field[k] == '{') throw_value_error("unexpected '{' in field name");
      k++;
    }
    std::string_view name = field.substr(0, k);
    char conversion = 0;
    std::string_view spec;
    if (k < field.size() && field[k] == '!') {
      if (k + 1 >= field.size()) throw_value_error("end of string while looking for conversion specifier");
      conversion = field[k + 1];
      k += 2;
      if (k < field.size() && field[k] != ':') throw_value_error("expected ':' after conversion specifier");
    }
    if (k < field.size() && field[k] == ':') spec = field.substr(k + 1);
    Value obj = get_field(st, name);
    switch (conversion) {
      case 0: break;
      case 'r': obj = st.vm.repr(obj); break;
      case 's': obj = st.vm.str(obj); break;
      case 'a': obj = make_str(ascii_of(st.vm, obj)); break;
      default:
        if (conversion > 32 && conversion < 127)
          throw_value_error("Unknown conversion specifier %c", conversion);
        throw_value_error("Unknown conversion specifier \\x%x", static_cast<unsigned>(static_cast<unsigned char>(conversion)));
    }
    Value spec_v;
    if (spec.find('{') != std::string_view::npos) {
      std::string expanded;
      render(st, spec, expanded, depth - 1);
      spec_v = make_str(std::move(expanded));
    } else {
      spec_v = make_str(spec);
    }
    Value r = format_value_lib(st.vm, obj, spec_v);
    out.append(str_of(r));
  }
}

}  // namespace

// ascii(): repr with non-ASCII characters escaped.
std::string ascii_of(VM& vm, const Value& v) {
  std::string r = vm.repr_str(v), out;
  for (size_t pos = 0; pos < r.size();) {
    size_t len;
    char32_t cp = utf8_decode(r, pos, &len);
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else {
      char buf[16];
      if (cp <= 0xFF)
        std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(cp));
      else if (cp <= 0xFFFF)
        std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
      else
        std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(cp));
      out.append(buf);
    }
    pos += len;
  }
  return out;
}

Value str_format_map_impl(VM& vm, const Value& self, const Value& mapping) {
  FormatState st{vm, Args(), nullptr};
  st.mapping = mapping;
  std::string out;
  render(st, str_of(self), out, 2);
  return make_str(std::move(out));
}

Value str_format_impl(VM& vm, Args a, const KwArgs* kw) {
  FormatState st{vm, a.subspan(1), kw};
  std::string out;
  render(st, str_of(a[0]), out, 2);
  return make_str(std::move(out));
}

}  // namespace sandbox::vm::lib
