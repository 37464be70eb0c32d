// sys.stdin, sys.stdout and sys.stderr: text streams (CPython's
// _io.TextIOWrapper over fds 0, 1, 2) that write through the VM's output
// hooks and read lines through Hooks::read_line, as input() does.
// print() writes to sys.stdout when a program or contextlib.redirect_stdout
// replaced it (sys_stdout_replacement).
#include "vm/internal.h"
#include "vm/lib/lib_internal.h"
#include "vm/lib/stdlib_modules.h"
#include "vm/lib/str_util.h"

namespace sandbox::vm::lib {

namespace {

Type* g_stream = nullptr;

struct Stream final : Obj {
  int fd;
  bool closed = false;
  std::string pending;  // stdin: text read but not consumed yet (read(n))
  Stream(Type* t, int f) : Obj(t), fd(f) {}
};

Stream* self_stream(const Value& v) { return static_cast<Stream*>(v.as_obj()); }

const char* stream_name(int fd) { return fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>"; }

void check_open(Stream* s) {
  if (s->closed) throw_value_error("I/O operation on closed file.");
}

Value st_repr(VM&, const Value& self) {
  Stream* s = self_stream(self);
  return make_str(strformat("<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", stream_name(s->fd),
                            s->fd == 0 ? "r" : "w"));
}

Value st_write(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("write", kw);
  if (a.size() != 2) throw_type_error("write() takes exactly one argument (%zu given)", a.size() - 1);
  Stream* s = self_stream(a[0]);
  check_open(s);
  if (!is_str(a[1])) throw_type_error("write() argument must be str, not %s", type_name(a[1]));
  if (s->fd == 0) throw_exception(vm.exc.OSError, "not writable");
  const Str* text = a[1].as<Str>();
  if (s->fd == 1) vm.write_stdout(text->s);
  else vm.write_stderr(text->s);
  return Value::integer(text->length);
}

Value st_writelines(VM& vm, NativeFunction* f, Args a, const KwArgs* kw) {
  no_kwargs("writelines", kw);
  check_one_arg("writelines", a.subspan(1));
  for (const Value& line : vm.to_vector(a[1])) {
    Value args[2] = {a[0], line};
    st_write(vm, f, args, nullptr);
  }
  return Value();
}

Value st_flush(VM&, NativeFunction*, Args a, const KwArgs*) {
  check_open(self_stream(a[0]));
  return Value();
}

Value st_close(VM&, NativeFunction*, Args a, const KwArgs*) {
  self_stream(a[0])->closed = true;
  return Value();
}

Value st_false(VM&, NativeFunction*, Args a, const KwArgs*) {
  check_open(self_stream(a[0]));
  return Value::boolean(false);
}
Value st_readable(VM&, NativeFunction*, Args a, const KwArgs*) {
  check_open(self_stream(a[0]));
  return Value::boolean(self_stream(a[0])->fd == 0);
}
Value st_writable(VM&, NativeFunction*, Args a, const KwArgs*) {
  check_open(self_stream(a[0]));
  return Value::boolean(self_stream(a[0])->fd != 0);
}
Value st_fileno(VM&, NativeFunction*, Args a, const KwArgs*) { return Value::integer(self_stream(a[0])->fd); }

// One line from the host, "" at the end of input.
bool read_more(VM& vm, Stream* s) {
  std::string line;
  int got = vm.hooks().read_line(line);
  if (got < 0)
    throw_exception(vm.exc.RuntimeError,
                    "sys.stdin is not available in the app yet: run the program with `asyncio-sandbox run` to type input");
  if (got == 0) return false;
  s->pending += line;
  s->pending += '\n';
  return true;
}

Value st_readline(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("readline", kw);
  Stream* s = self_stream(a[0]);
  check_open(s);
  if (s->fd != 0) throw_exception(vm.exc.OSError, "not readable");
  size_t nl;
  while ((nl = s->pending.find('\n')) == std::string::npos && read_more(vm, s)) {
  }
  size_t take = nl == std::string::npos ? s->pending.size() : nl + 1;
  std::string out = s->pending.substr(0, take);
  s->pending.erase(0, take);
  return make_str(std::move(out));
}

Value st_read(VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  no_kwargs("read", kw);
  Stream* s = self_stream(a[0]);
  check_open(s);
  if (s->fd != 0) throw_exception(vm.exc.OSError, "not readable");
  while (read_more(vm, s)) {
  }
  std::string out = std::move(s->pending);
  s->pending.clear();
  return make_str(std::move(out));
}

Value st_readlines(VM& vm, NativeFunction* f, Args a, const KwArgs* kw) {
  std::vector<Value> lines;
  for (;;) {
    Value line = st_readline(vm, f, a.subspan(0, 1), kw);
    if (line.as<Str>()->s.empty()) break;
    lines.push_back(std::move(line));
  }
  return make_list(std::move(lines));
}

Value st_iter(VM&, const Value& self) {
  check_open(self_stream(self));
  return self;
}

bool st_next(VM& vm, const Value& self, Value& out) {
  Value args[1] = {self};
  out = st_readline(vm, nullptr, args, nullptr);
  return !out.as<Str>()->s.empty();
}

Value st_enter(VM&, NativeFunction*, Args a, const KwArgs*) {
  check_open(self_stream(a[0]));
  return a[0];
}
Value st_exit(VM&, NativeFunction*, Args a, const KwArgs*) {
  self_stream(a[0])->closed = true;
  return Value();
}

Value p_encoding(VM&, NativeFunction*, Args, const KwArgs*) { return make_str("utf-8"); }
Value p_errors(VM&, NativeFunction*, Args a, const KwArgs*) {
  return make_str(self_stream(a[0])->fd == 2 ? "backslashreplace" : "strict");
}
Value p_name(VM&, NativeFunction*, Args a, const KwArgs*) { return make_str(stream_name(self_stream(a[0])->fd)); }
Value p_mode(VM&, NativeFunction*, Args a, const KwArgs*) { return make_str(self_stream(a[0])->fd == 0 ? "r" : "w"); }
Value p_closed(VM&, NativeFunction*, Args a, const KwArgs*) { return Value::boolean(self_stream(a[0])->closed); }
Value p_line_buffering(VM&, NativeFunction*, Args, const KwArgs*) { return Value::boolean(false); }
Value p_newlines(VM&, NativeFunction*, Args, const KwArgs*) { return Value(); }

Type* stream_type() {
  if (g_stream) return g_stream;
  Type* t = make_type("TextIOWrapper", types().object, "_io");
  t->new_ = nullptr;
  t->repr = st_repr;
  t->iter = st_iter;
  t->next = st_next;
  add_method(t, "write", st_write);
  add_method(t, "writelines", st_writelines);
  add_method(t, "flush", st_flush);
  add_method(t, "close", st_close);
  add_method(t, "isatty", st_false);
  add_method(t, "seekable", st_false);
  add_method(t, "readable", st_readable);
  add_method(t, "writable", st_writable);
  add_method(t, "fileno", st_fileno);
  add_method(t, "readline", st_readline);
  add_method(t, "readlines", st_readlines);
  add_method(t, "read", st_read);
  add_method(t, "__enter__", st_enter);
  add_method(t, "__exit__", st_exit);
  add_property(t, "encoding", p_encoding);
  add_property(t, "errors", p_errors);
  add_property(t, "name", p_name);
  add_property(t, "mode", p_mode);
  add_property(t, "closed", p_closed);
  add_property(t, "line_buffering", p_line_buffering);
  add_property(t, "newlines", p_newlines);
  g_stream = t;
  return t;
}

}  // namespace

Value make_sys_stream(int fd) { return Value(new Stream(stream_type(), fd)); }

Value sys_stdout_replacement(VM& vm) {
  Module* sys = vm.find_native("sys");
  if (!sys) return Value::null();
  Value out = sys->dict->get("stdout");
  if (out.is_null()) throw_exception(vm.exc.RuntimeError, "lost sys.stdout");
  if (out.is_obj() && out.as_obj()->type == g_stream && self_stream(out)->fd == 1 && !self_stream(out)->closed)
    return Value::null();
  return out;
}

}  // namespace sandbox::vm::lib
