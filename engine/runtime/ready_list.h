// The epoll ready list both network kernels share (NetSim and the live
// LiveKernel), after fs/eventpoll.c: a descriptor joins the tail once when
// it becomes ready for what it is registered for, and epoll_wait reports in
// list order, level-triggered.  Each socket keeps its own "listed" flag so
// joining is O(1); this class keeps the order.
#pragma once
#include <algorithm>
#include <deque>
#include <utility>
#include <vector>

#include "runtime/net_kernel.h"

namespace sandbox::runtime {

class ReadyList {
 public:
  // ep_poll_callback: join the tail unless listed already.
  void wake(int fd, bool& listed, bool ready) {
    if (listed || !ready) return;
    listed = true;
    fds_.push_back(fd);
  }
  // EPOLL_CTL_DEL (interest 0): leave the list.
  void remove(int fd, bool& listed) {
    if (!listed) return;
    listed = false;
    fds_.erase(std::find(fds_.begin(), fds_.end(), fd));
  }
  // ep_send_events: report what is ready in list order; what is still ready
  // goes back to the tail, what is not drops off.  lookup(fd) gives the
  // socket's listed flag and its ready mask (readiness & interest), or a
  // null flag for a descriptor closed meanwhile.
  template <class Lookup>
  std::vector<NetKernel::Ready> collect(Lookup&& lookup) {
    std::vector<NetKernel::Ready> out;
    std::vector<bool*> flags;
    std::deque<int> scan;
    scan.swap(fds_);
    for (int fd : scan) {
      auto [listed, mask] = lookup(fd);
      if (!listed) continue;
      *listed = false;
      if (mask) {
        out.push_back({fd, mask});
        flags.push_back(listed);
      }
    }
    for (size_t i = 0; i < out.size(); ++i) {
      *flags[i] = true;
      fds_.push_back(out[i].fd);
    }
    return out;
  }
  bool empty() const { return fds_.empty(); }
  void clear() { fds_.clear(); }
  const std::deque<int>& fds() const { return fds_; }

 private:
  std::deque<int> fds_;
};

}  // namespace sandbox::runtime
