// The loop's clock, as an interface: virtual (the default: never reads the
// wall clock, jumps to the next timer) or live (libuv, added later).  The
// event loop is the only writer; time.* and loop.time() read it.
#pragma once

namespace sandbox::runtime {

class Clock {
 public:
  virtual ~Clock() = default;
  // loop.time(): seconds since the clock's origin.
  virtual double now() const = 0;
  // BaseEventLoop._clock_resolution: a timer is due when
  // `when < now + resolution` (CPython's monotonic clock: 1e-9).
  virtual double resolution() const { return 1e-9; }
  // The poll phase found nothing to do and would block in select() for
  // `timeout` seconds (> 0) until `deadline` (the next timer's when): a
  // virtual clock jumps to exactly that double, a live clock waits.
  virtual void idle(double timeout, double deadline) = 0;
  // time.sleep(d): the whole loop is blocked for d seconds.
  virtual void block(double seconds) = 0;
  virtual bool is_virtual() const = 0;
};

// The reference's clock (tests/reference/run_reference.py): time moves only
// when the loop would sleep (select() returns at once with the clock set to
// the next timer's deadline, exactly that double) or when time.sleep blocks
// the loop (the clock advances by the argument).
class VirtualClock final : public Clock {
 public:
  double now() const override { return now_; }
  void idle(double, double deadline) override {
    if (deadline > now_) now_ = deadline;
  }
  void block(double seconds) override {
    if (seconds > 0) now_ += seconds;
  }
  bool is_virtual() const override { return true; }

 private:
  double now_ = 0;
};

}  // namespace sandbox::runtime
