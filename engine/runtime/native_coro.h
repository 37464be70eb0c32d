// AsyncFn: the base of asyncio's `async def` functions written in C++
// (sleep, wait_for, wait, gather's helpers, Timeout.__aexit__, ...).  A
// subclass is a state machine: body() is entered with the outcome of the
// last await (a value or an exception) and answers with the next thing to
// await, a return value, or an exception.  The base does what `await x`
// does in CPython: a Future is yielded once with _asyncio_future_blocking
// set (Future.__await__); anything else is delegated to (yield from).
#pragma once
#include <functional>
#include <string>

#include "runtime/future.h"
#include "vm/object.h"
#include "vm/value.h"

namespace sandbox::runtime {

class Runtime;

struct AsyncFn : vm::NativeCoroutine {
  // What body() receives: how the previous await ended (first call: value None).
  struct Outcome {
    bool raised = false;
    vm::Value value;  // the await's result, or the exception
  };
  // What body() answers.
  struct Next {
    enum Kind : uint8_t { Await, Return, Raise, Yield } kind;
    vm::Value value;
    static Next await_(vm::Value v) { return {Await, std::move(v)}; }
    static Next ret(vm::Value v = vm::Value()) { return {Return, std::move(v)}; }
    static Next raise(vm::Value e) { return {Raise, std::move(e)}; }
    // A bare `yield` to the task (tasks.__sleep0): one loop iteration.
    static Next yield_() { return {Yield, vm::Value()}; }
  };

  explicit AsyncFn(std::string name);
  ~AsyncFn() override;  // never started: CPython's "coroutine ... was never awaited"
  vm::ResumeResult send(vm::VM& vm, const vm::Value& v) override;
  vm::ResumeResult throw_(vm::VM& vm, const vm::Value& exc) override;
  void close(vm::VM& vm) override;
  std::string qualname() const override { return name_; }

  // The coroutine body; `state` below says where it resumes.
  virtual Next body(vm::VM& vm, Outcome o) = 0;
  // Subclasses with fields of their own extend these (and call the base).
  void gc_traverse(vm::GcVisitor& v) override;
  void gc_clear() override;

  int state = 0;         // where body() resumes (0 = start)
  bool finished = false;

 private:
  vm::ResumeResult drive(vm::VM& vm, Outcome o);
  std::string name_;
  FutureRef awaiting_future_;  // awaiting a Future: yielded once, result on resume
  vm::Value awaiting_iter_;    // awaiting anything else: delegated to
  bool bare_yield_ = false;    // suspended at a bare yield
  bool started_ = false;       // body() has run at least once
};

// An `async def` with no await in it (Timeout.__aenter__, ...): the body
// runs at the first send and returns (or raises) without suspending.
struct Immediate final : AsyncFn {
  Immediate(std::string name, std::function<vm::Value(vm::VM&)> fn) : AsyncFn(std::move(name)), fn_(std::move(fn)) {}
  Next body(vm::VM& vm, Outcome o) override {
    if (o.raised) return Next::raise(o.value);
    return Next::ret(fn_(vm));
  }

 private:
  std::function<vm::Value(vm::VM&)> fn_;
};

// The iterator `await x` delegates to: a coroutine itself, else x's await slot.
// TypeError "object X can't be used in 'await' expression" otherwise.
vm::Value await_iter(vm::VM& vm, const vm::Value& x);

}  // namespace sandbox::runtime
