// Task.get_stack / Task.print_stack (base_tasks._task_get_stack /
// _task_print_stack, 3.11.7).  A pending task's stack is its coroutine's
// frame (a suspended frame has no f_back, so one frame); a task that failed
// prints its exception's traceback entries.  Traceback objects are not
// modelled, so get_stack() of a failed task is empty where CPython lists
// the traceback's frames.
#include <string>
#include <vector>

#include "runtime/args.h"
#include "runtime/future.h"
#include "runtime/runtime.h"
#include "runtime/task.h"
#include "runtime/task_stack.h"
#include "vm/vm.h"

namespace sandbox::runtime {

using vm::KwArgs;
using vm::NativeFunction;
using vm::Value;
using Args = std::span<const Value>;

namespace {

Task* self_task(vm::VM& vm, Args a, const char* method) {
  if (a.empty() || !vm.isinstance(a[0], atypes().Task))
    vm::throw_type_error("descriptor '%s' requires a '_asyncio.Task' object", method);
  return a[0].as<Task>();
}

// `limit`: None = all, else at most that many (0 or less: none).
int64_t limit_arg(Args a, const KwArgs* kw) {
  Value limit = opt_arg(a, kw, 1, "limit");
  if (limit.is_none()) return -1;
  if (!limit.is_intlike()) vm::throw_type_error("'<=' not supported between instances of '%s' and 'int'",
                                                limit.type()->name.c_str());
  return limit.as_int() < 0 ? 0 : limit.as_int();
}

vm::Frame* pending_frame(const Task& t) {
  if (t.coro.type() != vm::types().coroutine) return nullptr;
  vm::Coroutine* c = t.coro.as<vm::Coroutine>();
  return c->frame ? c->frame.get() : nullptr;
}

struct StackLine {
  std::string file;
  int line;
  std::string name;
  std::shared_ptr<const std::string> source;
};

std::string source_line(const StackLine& s) {
  if (!s.source || s.line < 1) return "";
  const std::string& src = *s.source;
  size_t pos = 0;
  for (int i = 1; i < s.line; ++i) {
    pos = src.find('\n', pos);
    if (pos == std::string::npos) return "";
    ++pos;
  }
  size_t end = src.find('\n', pos);
  std::string line = src.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
  size_t b = line.find_first_not_of(" \t\r\f\v");
  size_t e = line.find_last_not_of(" \t\r\f\v");
  return b == std::string::npos ? "" : line.substr(b, e - b + 1);
}

Value t_get_stack(vm::VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  Task* t = self_task(vm, a, "get_stack");
  int64_t limit = limit_arg(a, kw);
  Value out = vm::make_list({});
  vm::Frame* f = pending_frame(*t);
  if (f && limit != 0) out.as<vm::List>()->items.push_back(Value(f));
  return out;
}

Value t_print_stack(vm::VM& vm, NativeFunction*, Args a, const KwArgs* kw) {
  Task* t = self_task(vm, a, "print_stack");
  int64_t limit = limit_arg(a, kw);
  Value file = opt_arg(a, kw, 2, "file");
  std::vector<StackLine> lines;
  const Value& exc = t->exception_value;
  if (vm::Frame* f = pending_frame(*t)) {
    // f_lineno of a coroutine that has not started is its def line.
    bool started = t->coro.as<vm::Coroutine>()->state != vm::Coroutine::State::Created;
    int line = started ? f->current_line() : f->code->first_line;
    if (limit != 0) lines.push_back({f->code->filename, line, f->code->name->s, f->code->source});
  } else if (!exc.is_none() && vm.isinstance(exc, vm::exc().BaseException)) {
    // The traceback, outermost first, limited from the outermost end.
    const auto& tb = exc.as<vm::ExceptionObj>()->traceback;
    for (auto it = tb.rbegin(); it != tb.rend(); ++it) {
      if (limit >= 0 && static_cast<int64_t>(lines.size()) >= limit) break;
      lines.push_back({it->code->filename, it->line, it->code->name->s, it->code->source});
    }
  }
  std::string repr = vm.repr_str(a[0]);
  std::string text;
  if (lines.empty()) text = "No stack for " + repr + "\n";
  else if (!exc.is_none()) text = "Traceback for " + repr + " (most recent call last):\n";
  else text = "Stack for " + repr + " (most recent call last):\n";
  for (const StackLine& s : lines) {
    text += "  File \"" + s.file + "\", line " + std::to_string(s.line) + ", in " + s.name + "\n";
    std::string src = source_line(s);
    if (!src.empty()) text += "    " + src + "\n";
  }
  if (!exc.is_none()) {
    // traceback.format_exception_only: the last line of the full report.
    std::string full = vm.format_exception(exc);
    while (!full.empty() && full.back() == '\n') full.pop_back();
    size_t nl = full.rfind('\n');
    text += (nl == std::string::npos ? full : full.substr(nl + 1)) + "\n";
  }
  if (file.is_none()) {
    vm.write_stderr(text);
  } else {
    Value s = vm::make_str(text);
    vm.call_method(file, "write", std::span<const Value>(&s, 1));
  }
  return Value();
}

}  // namespace

void init_task_stack_methods(vm::Type* task) {
  vm::add_method(task, "get_stack", t_get_stack);
  vm::add_method(task, "print_stack", t_print_stack);
}

}  // namespace sandbox::runtime
