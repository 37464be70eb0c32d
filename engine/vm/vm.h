// The virtual machine: runs compiled Code on heap frames.  One dispatch loop
// runs Python->Python calls and await chains without C++ recursion, so a
// coroutine chain suspends as a whole and resumes later (coro_send/coro_throw).
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "vm/errors.h"
#include "vm/hooks.h"
#include "vm/object.h"
#include "vm/value.h"

namespace sandbox::vm {

// The builtin types: immortal, process-wide (vm.types.str or types().str).
struct CoreTypes {
  Type *object, *type, *none, *notimplemented, *ellipsis, *bool_, *int_, *float_, *str, *bytes,
      *tuple, *list, *dict, *set, *frozenset, *slice, *cell, *code, *frame, *function,
      *native_function, *bound_method, *property, *classmethod, *staticmethod, *module,
      *coroutine, *generator, *native_coroutine, *list_iter, *tuple_iter, *str_iter, *dict_iter,
      *set_iter, *super_, *seq_iter;
};
// The builtin exception classes (vm.exc.ValueError or exc().ValueError).
struct ExcTypes {
  Type *BaseException, *Exception, *ArithmeticError, *ZeroDivisionError, *OverflowError,
      *LookupError, *KeyError, *IndexError, *ValueError, *TypeError, *NameError,
      *UnboundLocalError, *AttributeError, *RuntimeError, *RecursionError,
      *NotImplementedError, *StopIteration, *StopAsyncIteration, *AssertionError, *OSError,
      *ConnectionError, *ConnectionRefusedError, *ConnectionResetError,
      *ConnectionAbortedError, *BrokenPipeError, *TimeoutError, *MemoryError,
      *KeyboardInterrupt, *SystemExit, *GeneratorExit, *BaseExceptionGroup, *ExceptionGroup,
      *Warning, *RuntimeWarning, *DeprecationWarning, *UserWarning, *SyntaxError,
      *ImportError, *ModuleNotFoundError, *UnicodeError, *UnicodeDecodeError,
      *UnicodeEncodeError, *EOFError;
};
const CoreTypes& types();
const ExcTypes& exc();
Value not_implemented();  // the NotImplemented singleton
Value ellipsis();
// A new exception class (runtime: CancelledError, QueueEmpty, ...).
Type* make_exception_type(std::string name, Type* base, std::string module = "builtins");

class VM {
 public:
  VM();
  ~VM();
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  const CoreTypes& types;
  const ExcTypes& exc;

  // ---- host
  void set_hooks(Hooks* h);        // not owned; default hooks discard everything
  Hooks& hooks() { return *hooks_; }
  void write_stdout(std::string_view s) { hooks_->write_stdout(s); }
  void write_stderr(std::string_view s) { hooks_->write_stderr(s); }
  Module* builtins() { return builtins_.get(); }      // lib adds print, len, ... here
  // A native module `import` can load (asyncio, time, sys, ...); it enters
  // the module table when first imported (vm/importer.cpp).
  void register_module(Module* m);
  Module* find_native(std::string_view name);         // null if none of that name
  // The module table (CPython's sys.modules, which is this very dict):
  // name -> module object (any object, as sys.modules allows).
  Dict* module_table() { return modules_.get(); }
  Module* find_module(std::string_view name);         // the table's entry if it is a module, else null
  void add_module(Module* m);                         // enters the table under m->name
  void forget_module(std::string_view name);          // a failed import leaves nothing behind
  // Imports of .py files (vm/importer.cpp): the folders searched in order
  // (CPython's sys.path), and the modules whose code is running now.
  std::vector<std::string> module_path;
  std::vector<std::string> importing;
  // The CPython 3.11 standard library folder (vm/python_lib.h), searched
  // after the program's folder and the native modules; "" = none.
  std::string python_lib;
  // Work done importing library modules does not count against the step
  // budget: pause_budget() lifts it and returns what resume_budget() puts
  // back (unless set_step_budget was called in between: a stop request).
  struct BudgetPause {
    uint64_t left;
    uint64_t epoch;
    bool active;
  };
  BudgetPause pause_budget();
  void resume_budget(const BudgetPause& p);

  // ---- module code (resumable)
  // Starts module code as "__main__" (a module named __main__ is created).
  // Returns Returned (None) when it ran to the end, Raised (exception) when it
  // failed, Yielded (request) when a native function called suspend(request).
  ResumeResult run_main(Ref<Code> code);
  // Resume the suspended module code: the suspend() call returns v / raises exc.
  ResumeResult resume_main(const Value& v) { return coro_send(main_coro_, v); }
  ResumeResult resume_main_throw(const Value& exc) { return coro_throw(main_coro_, exc); }
  Module* main_module() { return main_module_.get(); }
  // Called by a native function (asyncio.run): suspends everything up to the
  // resumable that is running (the module code, or the coroutine being
  // resumed) and hands `request` to whoever resumed it (as Yielded).  The
  // native must return the Value this returns (ignored) right away; when the
  // resumable is resumed with v, the native call evaluates to v.  Legal only
  // when every frame in between is a Python frame; else RuntimeError.
  void suspend(Value request);

  // ---- calling
  // Runs to completion; a Python exception is thrown as PyException.
  Value call(const Value& callable, std::span<const Value> args, const KwArgs* kw = nullptr);
  Value call(const Value& callable, std::initializer_list<Value> args) {
    return call(callable, std::span<const Value>(args.begin(), args.size()));
  }
  Value call_method(const Value& obj, std::string_view name, std::span<const Value> args,
                    const KwArgs* kw = nullptr);
  bool callable(const Value& v);

  // ---- coroutines (Python Coroutine or NativeCoroutine); never throw PyException
  ResumeResult coro_send(const Value& coro, const Value& v);
  ResumeResult coro_throw(const Value& coro, const Value& exc);
  void coro_close(const Value& coro);
  bool is_coroutine(const Value& v) const;   // Python coroutine or NativeCoroutine
  std::string coro_qualname(const Value& coro) const;
  int coro_line(const Value& coro) const;    // line the outermost frame is at (0 if none)
  bool coro_done(const Value& coro) const;

  // ---- protocols (CPython's abstract object layer); raise PyException
  Value repr(const Value& v);                // Str
  std::string repr_str(const Value& v);
  Value str(const Value& v);                 // Str
  std::string to_str(const Value& v);
  int64_t hash(const Value& v);
  bool eq(const Value& a, const Value& b);
  Value compare(const Value& a, const Value& b, CmpOp op);  // rich result
  bool compare_bool(const Value& a, const Value& b, CmpOp op);
  bool truthy(const Value& v);
  Value getattr(const Value& obj, Str* name);              // AttributeError if missing
  Value getattr(const Value& obj, std::string_view name);
  Value getattr_opt(const Value& obj, Str* name);          // null if missing
  bool hasattr(const Value& obj, std::string_view name);
  void setattr(const Value& obj, Str* name, const Value& v);
  void setattr(const Value& obj, std::string_view name, const Value& v);
  void delattr(const Value& obj, Str* name);
  Value iter(const Value& v);
  bool next(const Value& it, Value& out);                  // false when exhausted
  Value getitem(const Value& obj, const Value& key);
  void setitem(const Value& obj, const Value& key, const Value& v);
  void delitem(const Value& obj, const Value& key);
  int64_t len(const Value& v);
  bool contains(const Value& container, const Value& item);
  Value binary_op(BinOp op, const Value& a, const Value& b);
  Value unary_op(UnaryOp op, const Value& v);
  bool isinstance(const Value& v, const Type* t) const { return is_subtype(v.type(), t); }
  std::vector<Value> to_vector(const Value& iterable);     // list(iterable)

  // ---- exceptions
  // CPython's traceback print for an uncaught exception, chain included.
  std::string format_exception(const Value& exc);
  // The exception being handled right now in the running frames (None if none).
  Value current_handled_exception() const;

  // ---- limits and tracing
  // Instructions allowed until the next set_step_budget (0 = unlimited).  When
  // exceeded, the running resume ends with ResumeKind::Aborted; abort_line()
  // tells the line it was at.
  void set_step_budget(uint64_t n);
  // Natives whose work is not bounded by their arguments' size (the regex
  // matcher's backtracking, vm/lib/sre) charge it here as n instructions'
  // worth, so the step budget and --max-memory stop them as they stop a
  // Python loop: a pending MemoryError is raised, an exhausted budget ends
  // the run (VMAbort, at the calling line).  A due collection waits for the
  // next instruction boundary, the only safe point.
  void charge_steps(uint64_t n);
  uint64_t steps_used() const { return budget_start_ - budget_left_; }
  int abort_line() const { return abort_line_; }
  void set_trace_lines(bool on) { trace_lines_ = on; }
  void set_recursion_limit(int n) { recursion_limit_ = n; }
  // Heap limit (vm/heap.h): MemoryError at the next instruction once the
  // objects allocated from now on hold more than `bytes` (0 = no limit);
  // past twice that the running resume ends with Aborted and
  // memory_aborted() is true (a program that keeps catching MemoryError).
  void set_memory_limit(uint64_t bytes);
  bool memory_aborted() const { return memory_aborted_; }
  void trip_memory();         // heap account callbacks
  void settle_memory_trip();
  // The collector (vm/gc.h) has work due: stop at the next instruction
  // boundary, a safe point, and run it there.
  void request_gc();
  [[noreturn]] void abort_for_memory();
  int recursion_limit() const { return recursion_limit_; }
  int current_line() const;        // line of the innermost running Python frame (0 if none)
  Frame* current_frame() const { return current_; }

  // ---- threads (runtime/threads.h)
  // What belongs to one thread of the program: its chain of running frames,
  // its nesting and its step budget.  The runtime's worker threads each run
  // on their own C stack (runtime/fiber.h); switching threads swaps this
  // state, so each thread has its own recursion depth and budget as in
  // CPython.  A fresh ExecState is a thread that runs nothing yet.
  struct ExecState {
    Frame* current = nullptr;
    int depth = 0;
    int run_depth = 0;
    uint64_t budget_left = 0, budget_start = 0;
    bool budget_on = false;
    int abort_line = 0;
    std::vector<Obj*> repr_stack;
  };
  // Saves the running thread's state into `s` and makes `s`'s the running
  // one.  Only at a point where the running thread blocks (inside a native).
  void swap_exec_state(ExecState& s);

  // internal (used by the interpreter files)
  // close_on_genexit false: a thrown GeneratorExit goes down a yield-from
  // chain like any exception (async_gen_athrow's aclose), instead of closing
  // each delegate first (gen_close, gen.throw).
  ResumeResult resume(Coroutine* co, const Value& v, const Value* exc, bool close_on_genexit = true);
  Value run_frame(Frame* f);       // nested run of a fresh frame to completion
  Value call_function(Function* fn, std::span<const Value> args, const KwArgs* kw);
  Frame* make_call_frame(Function* fn, std::span<const Value> args, const KwArgs* kw);
  Value make_coroutine_for(Function* fn, Ref<Frame> frame);
  void raise_in_frame_context(const Value& exc);  // sets __context__ from handled exception
  // mode 0: run start from its ip; 1: deliver val to start's suspended chain; 2: throw val into it;
  // 3: throw val into it without closing delegates on GeneratorExit.
  ResumeResult run_loop(Frame* entry, Frame* start, int mode, const Value& val);
  std::vector<Obj*> repr_stack_;  // objects whose repr is being computed
  // A class refers to its methods and a method (through its __class__ cell)
  // to the class: ~VM empties the dict of every class made here.
  void keep_class(Type* t) { classes_.emplace_back(t); }
  // Every class made so far, in creation order (type.__subclasses__).
  const std::vector<Ref<Type>>& classes() const { return classes_; }
  // Teardown: empties every module's dict and drops the modules and classes
  // (the builtins stay); the VM runs no more program code afterwards.
  void finalize_modules();
  Value pending_suspend_;
  bool suspend_requested_ = false;

 private:
  Hooks default_hooks_;
  Hooks* hooks_;
  Ref<Module> builtins_;
  Ref<Module> main_module_;
  Value main_coro_;
  Ref<Dict> modules_;             // sys.modules
  std::vector<Ref<Module>> natives_;  // register_module's
  uint64_t budget_epoch_ = 0;     // set_step_budget calls (see pause_budget)
  int budget_paused_ = 0;         // nested pause_budget depth
  std::vector<Ref<Type>> classes_;  // every class statement's class (cleared at teardown)
  Frame* current_ = nullptr;   // innermost running frame
  int depth_ = 0;              // frames linked into running chains
  int recursion_limit_ = 1000;
  int run_depth_ = 0;          // nested run_loop invocations
  uint64_t budget_left_ = 0, budget_start_ = 0;
  bool budget_on_ = false;
  bool memory_trip_ = false;     // MemoryError due at the next instruction
  bool memory_aborted_ = false;
  bool gc_due_ = false;          // a collection or finalizer is due at the next instruction
  uint64_t saved_budget_ = 0;    // budget_left_ while a memory trip or a gc is pending
  int64_t hard_limit_ = 0;       // heap bytes at which the run is ended
  bool trace_lines_ = false;
  int abort_line_ = 0;
  bool run_due_gc();             // at an instruction boundary: true if the run goes on
  friend struct Interp;
};

}  // namespace sandbox::vm
