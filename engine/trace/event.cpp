#include "trace/event.h"

namespace sandbox::trace {

const char* kind_name(EventKind k) {
  static const char* const names[] = {
#define SANDBOX_X(name, text) text,
      SANDBOX_EVENT_KINDS(SANDBOX_X)
#undef SANDBOX_X
  };
  auto i = static_cast<size_t>(k);
  return i < static_cast<size_t>(EventKind::Count) ? names[i] : "unknown";
}

}  // namespace sandbox::trace
