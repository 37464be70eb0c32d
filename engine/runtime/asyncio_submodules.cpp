// The asyncio package's submodules (asyncio.exceptions, asyncio.events, ...):
// `import asyncio.exceptions` and `from asyncio.locks import Lock` work as in
// CPython, where `import asyncio` has imported every one of them.  Each holds
// the names of its CPython __all__ that the native runtime provides; a name
// the runtime lacks is left out, so using it gives CPython's AttributeError
// ("module 'asyncio.events' has no attribute ...") rather than a stand-in.
#include "runtime/asyncio_module.h"

#include <initializer_list>
#include <string>

#include "vm/internal.h"
#include "vm/vm.h"

namespace sandbox::runtime {

namespace {

struct Submodule {
  const char* name;
  std::initializer_list<const char*> names;  // the submodule's __all__ (3.11)
};

const Submodule kSubmodules[] = {
    {"base_events", {"BaseEventLoop", "Server"}},
    {"coroutines", {"iscoroutinefunction", "iscoroutine"}},
    {"events",
     {"AbstractEventLoopPolicy", "AbstractEventLoop", "AbstractServer", "Handle", "TimerHandle",
      "get_event_loop_policy", "set_event_loop_policy", "get_event_loop", "set_event_loop", "new_event_loop",
      "get_child_watcher", "set_child_watcher", "_set_running_loop", "get_running_loop", "_get_running_loop"}},
    {"exceptions",
     {"BrokenBarrierError", "CancelledError", "InvalidStateError", "TimeoutError", "IncompleteReadError",
      "LimitOverrunError", "SendfileNotAvailableError"}},
    {"futures", {"Future", "wrap_future", "isfuture"}},
    {"locks", {"Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Barrier"}},
    {"protocols", {"BaseProtocol", "Protocol", "DatagramProtocol", "SubprocessProtocol", "BufferedProtocol"}},
    {"queues", {"Queue", "PriorityQueue", "LifoQueue", "QueueFull", "QueueEmpty"}},
    {"runners", {"Runner", "run"}},
    {"streams",
     {"StreamReader", "StreamWriter", "StreamReaderProtocol", "open_connection", "start_server",
      "open_unix_connection", "start_unix_server"}},
    {"subprocess", {"create_subprocess_exec", "create_subprocess_shell"}},
    {"tasks",
     {"Task", "create_task", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "wait", "wait_for",
      "as_completed", "sleep", "gather", "shield", "ensure_future", "run_coroutine_threadsafe", "current_task",
      "all_tasks", "_register_task", "_unregister_task", "_enter_task", "_leave_task"}},
    {"taskgroups", {"TaskGroup"}},
    {"timeouts", {"Timeout", "timeout", "timeout_at"}},
    {"threads", {"to_thread"}},
    {"transports",
     {"BaseTransport", "ReadTransport", "WriteTransport", "Transport", "DatagramTransport",
      "SubprocessTransport"}},
};

}  // namespace

void register_asyncio_submodules(vm::VM& vm, vm::Module& asyncio) {
  for (const Submodule& s : kSubmodules) {
    std::string full = std::string("asyncio.") + s.name;
    vm::Module* m = vm::make_module(full);
    std::vector<vm::Value> all;
    for (const char* name : s.names) {
      vm::Value v = asyncio.dict->get(std::string_view(name));
      if (v.is_null()) continue;
      m->dict->set(std::string_view(name), v);
      all.push_back(vm::make_str(std::string_view(name)));
    }
    m->dict->set(std::string_view("__all__"), vm::make_tuple(std::move(all)));
    if (std::string_view(s.name) == "subprocess") {
      // asyncio.subprocess.PIPE and friends are subprocess's constants.
      m->dict->set(std::string_view("PIPE"), vm::Value::integer(-1));
      m->dict->set(std::string_view("STDOUT"), vm::Value::integer(-2));
      m->dict->set(std::string_view("DEVNULL"), vm::Value::integer(-3));
    }
    vm.register_module(m);
    asyncio.dict->set(std::string_view(s.name), vm::Value(m));
  }
}

}  // namespace sandbox::runtime
