// The I/O side of BaseEventLoop._run_once: `event_list =
// self._selector.select(timeout); self._process_events(event_list)`.
// The simulated network ("rtio", net*) implements it; a live libuv poller can
// later.  The loop calls poll() once per iteration in PhasePollIO.
#pragma once
#include <cstddef>

namespace sandbox::runtime {

class EventLoop;

class IoPoller {
 public:
  virtual ~IoPoller() = default;
  // select(timeout) + _process_events: append the callbacks of I/O that is
  // ready now to the loop's ready queue with loop.add_ready(handle), in the
  // order CPython would (for the simulated network: the order the sockets
  // were written to), and return how many were added.  timeout < 0 means
  // "block until something happens" (select(None)), 0 means "just look".
  // A virtual poller never sleeps: when it returns 0 the loop advances the
  // clock by timeout itself.
  virtual size_t poll(EventLoop& loop, double timeout) = 0;
  // True while some I/O could still complete without any timer or ready
  // callback (data in flight, a pending connect): the loop is then not
  // deadlocked when nothing else is scheduled.
  virtual bool has_pending_io() const = 0;
};

}  // namespace sandbox::runtime
