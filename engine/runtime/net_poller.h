// NetPoller: the selector half of BaseSelectorEventLoop over a NetKernel
// (net_kernel.h: the simulated network by default, real TCP in live mode),
// plugged into the loop's poll phase (io_poller.h).
// It keeps the (reader, writer) handle pair per descriptor exactly as
// selectors' key.data does, and _process_events queues them in the order
// the simulated epoll reports the descriptors.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>

#include "runtime/handle.h"
#include "runtime/io_poller.h"
#include "runtime/net_sim.h"

namespace sandbox::runtime {

class Runtime;

// A loop callback written in C++ (the transports' _read_ready, _write_ready,
// connection_made, _call_connection_lost, _accept_connection, ...).
class NetHandle final : public Handle {
 public:
  NetHandle(std::string desc, std::function<void()> fn, uint32_t task = 0)
      : Handle(trace::HandleKind::Internal, task), desc_(std::move(desc)), fn_(std::move(fn)) {}
  void run(EventLoop&) override {
    auto fn = fn_;  // the callback may cancel (and so release) this handle
    if (fn) fn();
  }
  std::string_view describe() const override { return desc_; }

 protected:
  void release() override { fn_ = nullptr; }

 private:
  std::string desc_;
  std::function<void()> fn_;
};

HandleRef make_net_handle(std::string desc, std::function<void()> fn, uint32_t task = 0);

class NetPoller final : public IoPoller {
 public:
  // kernel = nullptr: the simulated network.
  explicit NetPoller(Runtime& rt, std::unique_ptr<NetKernel> kernel = nullptr);
  NetKernel& kernel() { return *kernel_; }
  Runtime& rt() { return *rt_; }

  // BaseSelectorEventLoop._add_reader / _remove_reader / _add_writer /
  // _remove_writer: a new handle replaces (and cancels) the old one.
  void add_reader(int fd, const HandleRef& h);
  bool remove_reader(int fd);
  void add_writer(int fd, const HandleRef& h);
  bool remove_writer(int fd);

  // select() + _process_events.
  size_t poll(EventLoop& loop, double timeout) override;
  bool has_pending_io() const override { return kernel_->has_pending_io(); }


  // Trace ids of simulated sockets (0 = unknown).
  void set_sock_id(int fd, uint32_t id) { ids_[fd] = id; }
  // The descriptor is closed (a live server sees millions of them).
  void forget_sock_id(int fd) { ids_.erase(fd); }
  uint32_t sock_id(int fd) const;

 private:
  struct Key {
    HandleRef reader, writer;
  };
  void update(int fd);

  Runtime* rt_;
  std::unique_ptr<NetKernel> kernel_;
  std::map<int, Key> keys_;
  std::map<int, uint32_t> ids_;
};

// The runtime's poller, created (simulated) and installed in the loop on
// first use unless one was installed before (live mode).
NetPoller& net_poller(Runtime& rt);

}  // namespace sandbox::runtime
