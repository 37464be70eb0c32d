// The event loop's async generator hooks (CPython 3.11 base_events.py):
// run_forever installs _asyncgen_firstiter_hook / _asyncgen_finalizer_hook
// with sys.set_asyncgen_hooks, and asyncio.run's close calls
// loop.shutdown_asyncgens().
#pragma once
#include "vm/value.h"

namespace sandbox::runtime {

class Runtime;

// run_forever: the loop's hooks take effect (firstiter adds the generator to
// loop._asyncgens, the finalizer schedules aclose() as a task).
void install_asyncgen_hooks(Runtime& rt);
// run_forever's finally: the previous hooks (none) again.
void remove_asyncgen_hooks();
// loop.shutdown_asyncgens(): acloses every generator still registered with
// gather(return_exceptions=True) and reports what they raised.
vm::Value make_shutdown_asyncgens(Runtime& rt);

}  // namespace sandbox::runtime
