// The subject string side of sre.c: getstring, state_init, getslice and
// state_getslice.  A str is matched as 1-byte characters when it is ASCII
// (its UTF-8 bytes are its characters) and as decoded code points
// otherwise; a bytearray is copied, as the matcher must not see it change
// under a sub() callback.
#include <algorithm>

#include "vm/errors.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/sre/sre_objects.h"
#include "vm/lib/unicode.h"
#include "vm/vm.h"

namespace sandbox::vm::sre {

namespace {

constexpr int64_t kBlock = 64;

bool is_bytearray(VM& vm, const Value& v) {
  Value t = vm.builtins()->dict->get("bytearray");
  return t.is_obj() && v.is_obj() && is_subtype(v.as_obj()->type, t.as<Type>());
}

}  // namespace

bool load_subject(VM& vm, Subject& sub, const Value& string) {
  sub.object = string;
  sub.bytes.clear();
  sub.wide.clear();
  sub.blocks.clear();
  if (lib::is_str(string)) {
    const Str* s = string.as<Str>();
    sub.isbytes = false;
    sub.length = s->length;
    if (s->ascii) {
      sub.charsize = 1;
      sub.data = s->s.data();
    } else {
      heap_reserve(static_cast<size_t>(s->length) * 4);
      sub.wide.reserve(static_cast<size_t>(s->length));
      for (size_t pos = 0; pos < s->s.size();) {
        if (sub.wide.size() % kBlock == 0) sub.blocks.push_back(static_cast<int64_t>(pos));
        size_t len;
        sub.wide.push_back(lib::utf8_decode(s->s, pos, &len));
        pos += len;
      }
      sub.charsize = 4;
      sub.data = sub.wide.data();
    }
  } else if (lib::is_bytes(string) || (string.is_obj() && is_subtype(string.as_obj()->type, types().bytes))) {
    const Bytes* b = string.as<Bytes>();
    sub.isbytes = true;
    sub.charsize = 1;
    sub.length = static_cast<int64_t>(b->s.size());
    sub.data = b->s.data();
  } else if (is_bytearray(vm, string)) {
    Value copy = vm.call(Value(types().bytes), {string});
    sub.bytes = copy.as<Bytes>()->s;
    sub.isbytes = true;
    sub.charsize = 1;
    sub.length = static_cast<int64_t>(sub.bytes.size());
    sub.data = sub.bytes.data();
  } else {
    return false;
  }
  sub.mem.set(string_heap_bytes(sub.bytes.capacity()) + sub.wide.capacity() * 4 +
              sub.blocks.capacity() * sizeof(int64_t));
  return true;
}

int64_t subject_byte_offset(const Subject& sub, int64_t index) {
  if (sub.charsize == 1) return index;
  if (index >= sub.length) return static_cast<int64_t>(sub.object.as<Str>()->s.size());
  int64_t b = sub.blocks[static_cast<size_t>(index / kBlock)];
  for (int64_t i = index / kBlock * kBlock; i < index; i++) {
    char32_t c = sub.wide[static_cast<size_t>(i)];
    b += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return b;
}

Value subject_slice(const Subject& sub, int64_t i, int64_t j) {
  if (sub.isbytes) {
    const char* d = static_cast<const char*>(sub.data);
    // getslice hands back the bytes object itself when the slice is all of it.
    if (lib::is_bytes(sub.object) && i == 0 && j == sub.length) return sub.object;
    return make_bytes(std::string_view(d + i, static_cast<size_t>(j - i)));
  }
  const std::string& s = sub.object.as<Str>()->s;
  if (i == 0 && j == sub.length && lib::is_exact_str(sub.object)) return sub.object;
  int64_t bi = subject_byte_offset(sub, i), bj = subject_byte_offset(sub, j);
  return make_str(std::string_view(s).substr(static_cast<size_t>(bi), static_cast<size_t>(bj - bi)));
}

Value state_group(const State& st, int64_t index, bool empty) {
  int64_t k = (index - 1) * 2;
  if (k >= st.lastmark || st.mark[k] < 0 || st.mark[k + 1] < 0) {
    if (empty) return subject_slice(st.subject, 0, 0);
    return Value();
  }
  return subject_slice(st.subject, st.mark[k], st.mark[k + 1]);
}

void state_init(VM& vm, State& st, int isbytes_pattern, int64_t groups, const Value& string, int64_t pos,
                int64_t endpos) {
  st.vm = &vm;
  st.reset();
  if (!load_subject(vm, st.subject, string))
    throw_type_error("expected string or bytes-like object, got '%s'", lib::type_name(string));
  if (st.subject.isbytes && isbytes_pattern == 0)
    throw_type_error("cannot use a string pattern on a bytes-like object");
  if (!st.subject.isbytes && isbytes_pattern > 0)
    throw_type_error("cannot use a bytes pattern on a string-like object");
  int64_t length = st.subject.length;
  pos = std::clamp<int64_t>(pos, 0, length);
  endpos = std::clamp<int64_t>(endpos, 0, length);
  st.mark.assign(static_cast<size_t>(2 * groups + 2), -1);
  st.pos = pos;
  st.endpos = endpos;
  st.start = pos;
  st.end = endpos;
  st.ptr = pos;
  st.match_all = st.must_advance = false;
  st.account_stacks();
}

}  // namespace sandbox::vm::sre
