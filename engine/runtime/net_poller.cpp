// NetPoller: selector registration and the poll phase (see net_poller.h).
#include "runtime/net_poller.h"

#include <memory>

#include "runtime/event_loop.h"
#include "runtime/runtime.h"

namespace sandbox::runtime {

HandleRef make_net_handle(std::string desc, std::function<void()> fn, uint32_t task) {
  return HandleRef(new NetHandle(std::move(desc), std::move(fn), task));
}

NetPoller::NetPoller(Runtime& rt, std::unique_ptr<NetKernel> kernel)
    : rt_(&rt), kernel_(kernel ? std::move(kernel) : std::make_unique<NetSim>()) {}

void NetPoller::update(int fd) {
  auto it = keys_.find(fd);
  int mask = 0;
  if (it != keys_.end()) {
    if (it->second.reader) mask |= kEventRead;
    if (it->second.writer) mask |= kEventWrite;
    if (!mask) keys_.erase(it);
  }
  if (kernel_->interest(fd) != mask) kernel_->set_interest(fd, mask);
}

void NetPoller::add_reader(int fd, const HandleRef& h) {
  Key& k = keys_[fd];
  HandleRef old = k.reader;
  k.reader = h;
  update(fd);
  if (old) old->cancel(rt_->loop);
}

bool NetPoller::remove_reader(int fd) {
  auto it = keys_.find(fd);
  if (it == keys_.end()) return false;
  HandleRef old = it->second.reader;
  it->second.reader = nullptr;
  update(fd);
  if (!old) return false;
  old->cancel(rt_->loop);
  return true;
}

void NetPoller::add_writer(int fd, const HandleRef& h) {
  Key& k = keys_[fd];
  HandleRef old = k.writer;
  k.writer = h;
  update(fd);
  if (old) old->cancel(rt_->loop);
}

bool NetPoller::remove_writer(int fd) {
  auto it = keys_.find(fd);
  if (it == keys_.end()) return false;
  HandleRef old = it->second.writer;
  it->second.writer = nullptr;
  update(fd);
  if (!old) return false;
  old->cancel(rt_->loop);
  return true;
}

uint32_t NetPoller::sock_id(int fd) const {
  auto it = ids_.find(fd);
  return it == ids_.end() ? 0 : it->second;
}

// BaseSelectorEventLoop._process_events: reader first, then writer, per
// reported descriptor; a cancelled handle unregisters instead of running.
size_t NetPoller::poll(EventLoop& loop, double timeout) {
  size_t n = 0;
  for (const NetKernel::Ready& r : kernel_->wait(timeout)) {
    auto it = keys_.find(r.fd);
    if (it == keys_.end()) continue;
    HandleRef reader = it->second.reader, writer = it->second.writer;
    // The callback's cause: the event that made the descriptor ready (the
    // write whose bytes arrived, the close that sent EOF, the connect).
    uint64_t cause = kernel_->last_tag(r.fd);
    if ((r.mask & kEventRead) && reader) {
      if (reader->cancelled()) {
        remove_reader(r.fd);
      } else {
        loop.add_ready(reader, cause);
        ++n;
      }
    }
    if ((r.mask & kEventWrite) && writer) {
      if (writer->cancelled()) {
        remove_writer(r.fd);
      } else {
        loop.add_ready(writer, cause);
        ++n;
      }
    }
  }
  return n;
}

NetPoller& net_poller(Runtime& rt) {
  if (!rt.io_poller) {
    rt.io_poller = std::make_unique<NetPoller>(rt);
    rt.loop.set_poller(rt.io_poller.get());
  }
  return static_cast<NetPoller&>(*rt.io_poller);
}

}  // namespace sandbox::runtime
