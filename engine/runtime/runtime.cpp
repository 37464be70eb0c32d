#include "runtime/runtime.h"

#include "runtime/reprlib.h"

#include "runtime/future.h"
#include "runtime/loop_object.h"
#include "runtime/task.h"
#include "runtime/threads.h"
#include "vm/errors.h"

namespace sandbox::runtime {

using vm::Value;

namespace {
thread_local Runtime* g_runtime = nullptr;

int64_t future_hash(vm::VM&, const Value& self) {
  return static_cast<int64_t>(self.as<Future>()->hash_seq);
}

AsyncioTypes build_types() {
  const vm::CoreTypes& ct = vm::types();
  const vm::ExcTypes& ex = vm::exc();
  AsyncioTypes t{};
  t.Future = vm::make_type("Future", ct.object, "_asyncio");
  t.Future->repr = future_repr;
  t.Future->hash = future_hash;
  t.Future->await_ = future_await;
  t.Task = vm::make_type("Task", t.Future, "_asyncio");
  t.Task->repr = task_repr;
  t.GatheringFuture = vm::make_type("_GatheringFuture", t.Future, "asyncio.tasks");
  t.FutureIter = vm::make_type("FutureIter", ct.native_coroutine, "_asyncio");
  t.Handle = vm::make_type("Handle", ct.object, "asyncio.events");
  t.TimerHandle = vm::make_type("TimerHandle", t.Handle, "asyncio.events");
  t.Loop = vm::make_type("_UnixSelectorEventLoop", ct.object, "asyncio.unix_events");
  t.NativeCoro = vm::make_type("coroutine", ct.native_coroutine, "builtins");
  t.CancelledError = vm::make_exception_type("CancelledError", ex.BaseException, "asyncio.exceptions");
  t.InvalidStateError = vm::make_exception_type("InvalidStateError", ex.Exception, "asyncio.exceptions");
  t.Timeout = vm::make_type("Timeout", ct.object, "asyncio.timeouts");
  t.TaskGroup = vm::make_type("TaskGroup", ct.object, "asyncio.taskgroups");
  t.AsCompletedIter = vm::make_type("generator", ct.object, "builtins");
  // Keep every type alive for the life of the process, like the builtins.
  for (vm::Type* ty : {t.Future, t.Task, t.GatheringFuture, t.FutureIter, t.Handle, t.TimerHandle, t.Loop,
                       t.NativeCoro, t.CancelledError, t.InvalidStateError, t.Timeout,
                       t.TaskGroup, t.AsCompletedIter})
    vm::incref(ty);
  init_future_type(t.Future);
  init_task_type(t.Task);
  return t;
}
}  // namespace

const AsyncioTypes& atypes() {
  static const AsyncioTypes types = build_types();
  return types;
}

Runtime* current_runtime() { return g_runtime; }
void set_current_runtime(Runtime* rt) { g_runtime = rt; }

Runtime& running_runtime() {
  Runtime* rt = g_runtime;
  // A worker thread has no running loop (events._get_running_loop is per thread).
  if (rt == nullptr || !rt->loop.is_running() || (current_threads() && current_threads()->in_worker()))
    vm::throw_runtime_error("no running event loop");
  return *rt;
}

void Runtime::abort_task(Task& t, int line) {
  if (aborted) return;
  aborted = true;
  abort_message = "RuntimeError: sandbox limit: task '" + t.name_str() + "' (coroutine " + t.coro_name +
                  ") ran " + std::to_string(step_budget) + " steps without awaiting, at line " +
                  std::to_string(line) + ": it blocks the event loop (step_budget, --step-budget)";
}

void log_never_retrieved(Future& f) {
  if (!f.log_traceback || f.exception_value.is_none() || f.rt == nullptr || !f.rt->alive) return;
  f.log_traceback = false;
  Runtime& rt = *f.rt;
  std::string text = std::string(f.is_task ? "Task" : "Future") + " exception was never retrieved\nfuture: " +
                     future_repr_str(rt.vm, f) + "\n" + rt.vm.format_exception(f.exception_value);
  if (text.back() != '\n') text += '\n';
  rt.vm.write_stderr(text);
}

std::string format_callback_source(vm::VM& vm, const Value& fn, std::span<const Value> args) {
  std::string s;
  const vm::Function* src = nullptr;
  vm::Type* t = fn.type();
  if (t == vm::types().function) {
    src = fn.as<vm::Function>();
    s = src->qualname ? src->qualname->s : std::string("?");
  } else if (t == vm::types().bound_method) {
    const Value& inner = fn.as<vm::BoundMethod>()->func;
    if (inner.type() == vm::types().function && inner.as<vm::Function>()->qualname)
      s = inner.as<vm::Function>()->qualname->s;
    else if (inner.type() == vm::types().native_function)
      s = inner.as<vm::NativeFunction>()->name;
    else
      s = trace_repr(vm, fn);
  } else if (t == vm::types().native_function) {
    s = fn.as<vm::NativeFunction>()->name;
  } else {
    s = trace_repr(vm, fn);
  }
  s += '(';
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) s += ", ";
    s += reprlib_repr(vm, args[i]);
  }
  s += ')';
  if (src && src->code) s += " at " + src->code->filename + ":" + std::to_string(src->code->first_line);
  return s;
}

void report_callback_exception(Runtime& rt, const Value& callback, const Value& exc, std::span<const Value> args) {
  // BaseEventLoop.default_exception_handler logs "Exception in callback X",
  // the handle, then the traceback.
  std::string what = callback.is_none() || callback.is_null() ? std::string("Task.task_wakeup()")
                                                              : format_callback_source(rt.vm, callback, args);
  if (!custom_exception_handler(rt).is_none()) {
    // Handle._run: self._loop.call_exception_handler({'message': ...,
    // 'exception': exc, 'handle': self})
    Value ctx = vm::make_dict();
    vm::Dict* d = ctx.as<vm::Dict>();
    d->set(std::string_view("message"), vm::make_str("Exception in callback " + what));
    d->set(std::string_view("exception"), exc);
    d->set(std::string_view("handle"), context_handle(rt, what));
    call_exception_handler(rt, ctx);
    return;
  }
  std::string text = "Exception in callback " + what + "\nhandle: <Handle " + what + ">\n" +
                     rt.vm.format_exception(exc);
  if (text.empty() || text.back() != '\n') text += '\n';
  rt.vm.write_stderr(text);
}

// A repr that never runs user code: builtin scalars and containers of them;
// instances of Python classes show as <ClassName object>.
static void repr_into(vm::VM& vm, const Value& v, std::string& out, size_t max_len, int depth) {
  if (out.size() > max_len) return;
  switch (v.tag()) {
    case vm::Tag::Null:
    case vm::Tag::None: out += "None"; return;
    case vm::Tag::Bool: out += v.as_bool() ? "True" : "False"; return;
    case vm::Tag::Int: out += std::to_string(v.as_int()); return;
    case vm::Tag::Float:
    case vm::Tag::Obj: break;
  }
  vm::Type* t = v.type();
  const vm::CoreTypes& ct = vm::types();
  auto seq = [&](const std::vector<Value>& items, const char* open, const char* close, bool tuple) {
    out += open;
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) out += ", ";
      if (out.size() > max_len) { out += "..."; break; }
      repr_into(vm, items[i], out, max_len, depth + 1);
    }
    if (tuple && items.size() == 1) out += ",";
    out += close;
  };
  if (depth > 3 && (t == ct.list || t == ct.tuple || t == ct.dict)) { out += "..."; return; }
  if (t == ct.list) return seq(v.as<vm::List>()->items, "[", "]", false);
  if (t == ct.tuple) return seq(v.as<vm::Tuple>()->items, "(", ")", true);
  if (t == ct.dict) {
    out += "{";
    bool first = true;
    v.as<vm::Dict>()->for_each([&](const Value& k, const Value& val) {
      if (out.size() > max_len) return;
      if (!first) out += ", ";
      first = false;
      repr_into(vm, k, out, max_len, depth + 1);
      out += ": ";
      repr_into(vm, val, out, max_len, depth + 1);
    });
    out += "}";
    return;
  }
  if (t->python_class && !t->is_exception) {
    out += "<" + t->name + " object>";
    return;
  }
  try {
    out += vm.repr_str(v);
  } catch (vm::PyException&) {
    out += "<" + t->name + " object>";
  }
}

uint64_t emit_repr(Runtime& rt, trace::EventKind kind, const Value& v, trace::Recorder::Fields f) {
  if (v.is_none()) {
    if (rt.none_str < 0) rt.none_str = rt.rec.intern("None");
    f.arg = rt.none_str;
    return rt.rec.emit(kind, f);
  }
  std::string r = trace_repr(rt.vm, v);
  if (r.size() <= 24) return rt.rec.emit_name(kind, r, f);
  return rt.rec.emit_str(kind, r, f);
}

std::string trace_repr(vm::VM& vm, const Value& v, size_t max_len) {
  if (v.is_none()) return "None";
  std::string out;
  repr_into(vm, v, out, max_len, 0);
  if (out.size() > max_len + 3) {
    out.resize(max_len);
    out += "...";
  }
  return out;
}

}  // namespace sandbox::runtime
