// str.maketrans, str.translate (unicodeobject.c unicode_maketrans_impl,
// _PyUnicode_TranslateCharmap) and str.format_map.
#include "vm/internal.h"
#include "vm/lib/install.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/unicode.h"

namespace sandbox::vm::lib {

namespace {

std::vector<char32_t> code_points(std::string_view s) {
  std::vector<char32_t> out;
  for (size_t i = 0; i < s.size();) {
    size_t len;
    out.push_back(utf8_decode(s, i, &len));
    i += len;
  }
  return out;
}

Value str_maketrans(VM& vm, NativeFunction*, Args args, const KwArgs* kw) {
  no_kwargs("maketrans", kw);
  check_args("maketrans", args, 1, 3);
  Value d = make_dict();
  Dict* out = d.as<Dict>();
  if (args.size() == 1) {
    if (!is_dict(args[0]))
      throw_type_error("if you give only one argument to maketrans it must be a dict");
    for (const Value& k : vm.to_vector(args[0])) {
      Value v = vm.getitem(args[0], k);
      if (is_str(k)) {
        std::vector<char32_t> cps = code_points(str_of(k));
        if (cps.size() != 1) throw_value_error("string keys in translate table must be of length 1");
        out->set(vm, Value::integer(cps[0]), v);
      } else if (k.is_intlike()) {
        out->set(vm, k, v);
      } else {
        throw_type_error("keys in translate table must be strings or integers");
      }
    }
    return d;
  }
  if (!is_str(args[0])) throw_type_error("maketrans() argument 1 must be str, not %s", type_name(args[0]));
  if (!is_str(args[1])) throw_type_error("maketrans() argument 2 must be str, not %s", type_name(args[1]));
  std::vector<char32_t> x = code_points(str_of(args[0])), y = code_points(str_of(args[1]));
  if (x.size() != y.size()) throw_value_error("the first two maketrans arguments must have equal length");
  for (size_t i = 0; i < x.size(); i++) out->set(vm, Value::integer(x[i]), Value::integer(y[i]));
  if (args.size() == 3) {
    if (!is_str(args[2])) throw_type_error("maketrans() argument 3 must be str, not %s", type_name(args[2]));
    for (char32_t c : code_points(str_of(args[2]))) out->set(vm, Value::integer(c), Value());
  }
  return d;
}

Value str_translate(VM& vm, NativeFunction*, Args args, const KwArgs* kw) {
  no_kwargs("translate", kw);
  if (args.size() != 2) throw_type_error("str.translate() takes exactly one argument (%zu given)", args.size() - 1);
  const std::string& s = str_of(args[0]);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t len;
    char32_t cp = utf8_decode(s, i, &len);
    Value r;
    bool mapped = true;
    try {
      r = vm.getitem(args[1], Value::integer(cp));
    } catch (PyException& e) {
      if (!vm.isinstance(e.value, vm.exc.LookupError)) throw;
      mapped = false;
    }
    if (!mapped) {
      out.append(s, i, len);
    } else if (r.is_none()) {
    } else if (r.is_intlike()) {
      int64_t c = r.as_int();
      if (c < 0 || c > 0x10ffff) throw_value_error("character mapping must be in range(0x110000)");
      append_utf8(out, static_cast<char32_t>(c));
    } else if (is_str(r)) {
      out += str_of(r);
    } else {
      throw_type_error("character mapping must return integer, None or str");
    }
    i += len;
  }
  return make_str(std::move(out));
}

Value str_format_map(VM& vm, NativeFunction*, Args args, const KwArgs* kw) {
  no_kwargs("format_map", kw);
  if (args.size() != 2) throw_type_error("str.format_map() takes exactly one argument (%zu given)", args.size() - 1);
  return str_format_map_impl(vm, args[0], args[1]);
}

// str.casefold: lower() plus the full case foldings (CaseFolding.txt, status
// F) of the letters that fold to more than one character and final sigma.
Value str_casefold(VM& vm, NativeFunction*, Args args, const KwArgs* kw) {
  no_kwargs("casefold", kw);
  check_args("casefold", args, 1, 1);
  std::string lower = vm.to_str(vm.call_method(args[0], "lower", {}));
  static const struct {
    char32_t from;
    const char* to;
  } kFull[] = {{0xDF, "ss"}, {0x1E9E, "ss"}, {0x3C2, "\u03c3"}, {0x149, "\u02bcn"}, {0xFB00, "ff"}, {0xFB01, "fi"},
               {0xFB02, "fl"}, {0xFB03, "ffi"}, {0xFB04, "ffl"}, {0xFB05, "st"}, {0xFB06, "st"}, {0x130, "i\u0307"}};
  std::string out;
  for (char32_t cp : code_points(lower)) {
    const char* rep = nullptr;
    for (const auto& f : kFull)
      if (f.from == cp) rep = f.to;
    if (rep) out += rep;
    else append_utf8(out, cp);
  }
  return make_str(std::move(out));
}

}  // namespace

void install_str_translate() {
  add_method(types().str, "casefold", str_casefold);
  Type* str = types().str;
  str->dict->set("maketrans", Value(new ClassMethod(types().staticmethod, make_native("maketrans", str_maketrans))));
  add_method(str, "translate", str_translate);
  add_method(str, "format_map", str_format_map);
}

}  // namespace sandbox::vm::lib
